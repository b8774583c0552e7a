using System;
using System.Collections.Generic;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Given names that are, in English-language news, nearly always a man's or nearly always a woman's. Names
/// given to both (Jordan, Taylor, Leslie, Robin, Kim, Jean, Chris, Pat, Sam, Alex, Terry, Dana, Casey) are in
/// neither list, so they give no gender.
/// </summary>
internal static class FirstNames
{
    private static readonly HashSet<string> s_men = Set(@"
aaron abdul abraham adam adrian ahmed al alan albert alberto alejandro alexander alfred ali allen alvin andre andrew
andy angelo anthony antonio archie arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris
brad bradley brandon brent brett brian bruce bryan byron calvin carl carlos cecil charles charlie chester chuck clarence
claude clayton clifford clint clyde cody colin cory corey craig curtis dale dan daniel danny darrell darren dave david
dean dennis derek devin dick don donald doug douglas duane dwight earl ed eddie edgar eduardo edward edwin eli elijah
elliot emmanuel enrique eric ernest ethan eugene evan felix fernando francis francisco frank franklin fred frederick
gabriel gary gavin gene geoffrey george gerald gilbert glenn gordon graham greg gregory gustavo guy hank harold harry
harvey hector henry herbert herman howard hugh hunter ian isaac ivan jack jacob jake james jared jason javier
jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph
joshua juan julian justin karl keith ken kenneth kenny kevin kirk kurt kyle lamar lance larry lawrence leo leon
leonard lewis lloyd louis lucas luis luke lyndon malcolm manuel marco marcus mario mark marshall martin marvin
matt matthew maurice max michael miguel mike milton mitch mitchell mohammad mohammed muhammad nathan nathaniel neil
newt nicholas nick noah norman oliver omar orrin oscar owen pablo patrick paul pedro peter phil philip preston rafael
ralph ramon rand randall randy raul ray raymond reggie reince ricardo richard rick ricky rob robert roberto rod rodney
roger roland ron ronald ronnie ross roy rudy russell ryan salvador samuel scott sean sergei seth shawn sheldon
sidney stanley stephen steve steven stuart ted terrence theodore thomas tim timothy todd tom tommy tony travis trent
trey troy tyler vernon victor vince vincent vladimir walter warren wayne wesley will william willie xavier zachary
abe alec alfonso amir anders andres armando arturo austin barney bart benny bert blake boyd brendan brock bud burt
carlton cesar chad chet christopher clark cliff conor connor cornelius curt cyrus damon dante darius darryl deval diego
dirk dmitri dominic duncan dylan elliott elton emil emilio ernesto ezra floyd forrest freddy fredrick garrett gerard
gerry gil giuseppe grant hakeem hal hans hassan heath herschel horace hussein ignacio irving isaiah ismael jacques
jamal jeffery jeremiah jermaine jerrold jimmie joaquin joey johan jonah josh julio kareem keenan kelvin khalid khizr
lamont lars lenny leroy les lonnie lowell luther mack marc mathew merrick micah mickey miles mitt mohamed moses
murray mustafa ned nelson nigel noel olaf orlando otis otto pete pierre quentin rahm randolph rex rich richie rocky
rodrigo roman ronny rudolph rupert russ sal sammy santiago saul sebastian sergio seamus shane sherrod simon sonny
spencer stan stefan sterling stewart tad tariq terrell thad thaddeus tobias tod trevor tucker ty tyrone ulysses vern
wade wallace ward wendell wilbur woody yusuf zach beto
");

    private static readonly HashSet<string> s_women = Set(@"
abigail ada adrienne agnes alexandra alice alicia alison allison amanda amber amy andrea angela angelina anita ann
anna anne annie april arlene audrey barbara beatrice becky belinda bernadette beth betsy betty beverly bonnie brenda
bridget brittany camila candace carla carly carmen carol carole caroline carolyn catherine cathy cecilia charlene
charlotte cheryl christina christine cindy claire clara claudia colleen connie constance cynthia daisy daniela
danielle darlene dawn debbie deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine
eleanor elena elisabeth elise eliza elizabeth ella ellen emily emma erica erin esther ethel eva evelyn fiona florence
frances gabriela gabrielle gail geraldine gina gladys gloria grace gretchen gwen hannah harriet hazel heather heidi
helen hillary holly hope huma ida irene iris isabel isabella ivanka jacqueline jane janet janice jeanne jennifer
jenny jessica jill joan joanna joanne jodi josephine joy joyce judith judy julia julie june karen katherine kathleen
kathryn kathy katie kay kayla kellyanne kirsten kristen laura lauren leah linda lisa loretta lori lorraine
louise lucia lucy lydia lynn madeleine madison maggie marcia margaret maria marian marie marilyn marjorie
martha mary maureen maxine megan megyn melania melanie melinda melissa michele michelle mildred miriam molly monica
nancy naomi natalie nicole nikki nina nora norma olivia pam pamela patricia paula pauline peggy penny phyllis
priscilla rachel rebecca regina renee rita roberta rosa rosalind rose rosemary ruth sally samantha sandra sara sarah
sharon sheila shirley sofia sonia sophia stacy stella stephanie sue susan susanna suzanne sylvia tamara tammy tanya
teresa theresa tiffany tina ursula valerie vanessa vera veronica victoria virginia vivian wanda wendy whitney
yolanda yvonne zoe
abby adele aileen alana alma amelia amina angie annette antoinette ariana arianna ashley ayanna bella bernice
bethany bianca blanche brianna brigid brooke caitlin callie camille candice cara carrie cassandra celeste chelsea
cherie chloe christy clarissa condoleezza cora crystal daphne deanna delia della desiree dina dolly dora edna elisa
elsa elsie emilia erika estelle eunice faith fatima felicia flora francesca freda georgia gillian ginger ginny giselle
greta hailey helena hilda imogen ines inez ingrid irma jade jana janelle janine jasmine jeanette jeanine jemima jenna
jocelyn johanna jolene juanita judi julianne juliet justine kamala kara karin kate katharine katrina katy kaye kelli
kellie kristin kristina kristine latoya laurie leila lena lila lillian lily liz lois lola lorna luisa lynne mabel mae
mandy mara marcy margo mariah marianne marisa marissa marlene marsha mavis maya mazie meg meghan melody mercedes
meredith mia michaela mika mindy mira misty nadia nadine nanette natasha neera nell nellie nia norah noreen odette
omarosa opal paige patsy patty pearl petra polly rachael ramona raquel rhonda rihanna robyn rochelle roxanne ruby
sabrina sadie selena serena shelley sherry sheryl shonda simone sonya stacey susie suzy sybil tabitha tamika tara
tasha tatiana terri tess thelma toni tricia trudy tulsi valentina velma viola violet yasmin yasmeen yvette zelda
");

    /// <summary>The gender a given name shows, or Unknown.</summary>
    public static SpeakerGender Of(string lower) =>
        s_men.Contains(lower) ? SpeakerGender.Male : s_women.Contains(lower) ? SpeakerGender.Female : SpeakerGender.Unknown;

    private static HashSet<string> Set(string words) => new(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
