#!/usr/bin/env python3
# Usage: perf script -i perf.data > stacks.txt; python3 perf-classify.py stacks.txt "<Loop>b__"
# (the root is the measured action of `--loop N all`; NewsChecker.Check is inlined into it, so it cannot be the root).
# Splits the samples under the measured action (root frame pattern) of a `perf script` dump into
# parse (reading vs building the tree vs runtime), bind, each rule, and the rest; prints shares and top self methods.
import sys, re, collections
src, root = sys.argv[1], sys.argv[2]
def short(sym):
    sym = re.sub(r'\[(OptimizedTier1|InstrumentedTier|QuickJitted|OptimizedTier1OSR|InstrumentedTierOptimized|Optimized|Tier0|Tier1)\]$', '', sym.strip())
    m = re.search(r'([\w`<>\.+]+)::([\w<>`\.]+)\(', sym)
    if m: return m.group(1).split('.')[-1] + '::' + m.group(2)
    return sym[:70]
stacks=[]; cur=[]
for line in open(src, errors='replace'):
    line=line.rstrip('\n')
    if not line.strip():
        if cur: stacks.append(cur); cur=[]
        continue
    if line[0] in '\t ':
        p=line.strip().split(' ',1)
        if len(p)==2:
            m=re.match(r'(.*?)\s*\(([^()]*)\)$', p[1])
            sym,dso=(m.group(1),m.group(2)) if m else (p[1],'')
            cur.append((short(sym), dso))
if cur: stacks.append(cur)
TREE=re.compile(r'GreenInlineBuilder|InlineFrameStack|GreenChunk|GreenInlineTable|(ParagraphSyntax|HeadingSyntax|SourceDeclarationSyntax|AttributeSyntax|BlockSyntax|NewsSyntaxTree|CommentSyntax|FrontMatterSyntax|FrontMatterEntrySyntax|NoteSyntax|SuppressionDirectiveSyntax|InlineContainerSyntax|NewsSyntaxNode)::\.ctor|BlockList|FlushParagraph_Make')
STR=re.compile(r'StringTable::')
PARSE=re.compile(r'^(NewsParser|InlineParser|InlineTagParser|AttributeListParser|SuppressionDirectiveParser|QuotationMarkClassifier|NewsText)::')
RULE=re.compile(r'^(\w+Rule)::')
SHARED=re.compile(r'^(RuleContext|ProseScanner|NameIndex)')
def runtime(leaf):
    s,d=leaf
    return d.endswith('libcoreclr.so') or 'kernel' in d or s.startswith('__mem') or s=='[unknown]' or d.startswith('libc')
tot=collections.Counter(); sub=collections.Counter(); top=collections.defaultdict(collections.Counter)
n=0
for st in stacks:
    idx=[i for i,(f,_) in enumerate(st) if root in f]
    if not idx: continue
    n+=1
    below=st[:max(idx)][::-1]  # root-side first
    cat=None
    for f,_ in below:
        if PARSE.match(f) or TREE.search(f) or STR.search(f): cat='parse'; break
        if f.startswith('Binder::'): cat='bind'; break
        m=RULE.match(f)
        if m: cat='rule '+m.group(1); break
        if SHARED.match(f): cat='rules: shared index (RuleContext/ProseScanner/NameIndex)'; break
    if cat is None: cat='other (NewsChecker, BlockFindings, sort, severities, runtime)'
    leaf=st[0]
    if cat=='parse':
        fs=[f for f,_ in st[:max(idx)]]
        if any(TREE.search(f) for f in fs): s='building the tree (green rows, frames, block objects)'
        elif any(STR.search(f) for f in fs): s='string table (the tree\'s id/value strings)'
        elif runtime(leaf): s='runtime: allocation/GC/memset under scanning frames'
        else: s='reading/scanning the text'
        sub[s]+=1
    elif runtime(leaf): sub[cat+' / runtime']+=1
    tot[cat]+=1
    name=leaf[0] if not runtime(leaf) else 'runtime ('+(leaf[1].split('/')[-1] or leaf[0])+')'
    top[cat][name]+=1
    top['ALL'][name]+=1
print('samples under root', n)
for c,k in tot.most_common(): print(f'{100*k/n:6.2f}%  {k:6d}  {c}')
print('-- parse split / runtime part of each')
for c,k in sub.most_common(): print(f'{100*k/n:6.2f}%  {k:6d}  {c}')
for c in ['parse','bind']+[c for c,_ in tot.most_common() if c.startswith('rule')][:6]+['ALL']:
    print('-- top self in', c)
    for f,k in top[c].most_common(12 if c!='ALL' else 25): print(f'   {100*k/n:6.2f}%  {f}')
