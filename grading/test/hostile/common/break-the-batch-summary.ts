// @attack A submission folder named summary.csv: with the results written to the same folder as the summary, writing one of them fails and the batch stops.
// @folder summary.csv
// @body
throw new Error('TODO');
