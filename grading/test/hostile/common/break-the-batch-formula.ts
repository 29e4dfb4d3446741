// @attack A submission folder whose name is a spreadsheet formula, =HYPERLINK(...): unescaped in summary.csv it becomes a live link in the teacher's spreadsheet.
// @folder =HYPERLINK("example.invalid","click")
// @body
throw new Error('TODO');
