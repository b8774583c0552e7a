// A node:test reporter that prints one closing line, `vscode: N passed, N failed, N skipped` (`editors: …` for
// the real-editor suites, from NEWSDSL_SUMMARY_LABEL), counted from
// the test results (suites excluded), so that .ci/run can add the extension's tests to its total.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') {
      continue;
    }
    if (event.data.details?.type === 'suite') {
      continue;
    }
    if (event.type === 'test:fail') {
      failed++;
    } else if (event.data.skip !== undefined || event.data.todo !== undefined) {
      skipped++;
    } else {
      passed++;
    }
  }
  yield `${process.env.NEWSDSL_SUMMARY_LABEL ?? 'vscode'}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
