// Ends the given transactions on the server (a Bolt RESET does not stop a search that is still
// running: measured, k-shortest paths ran 78 s past their 15 s limit after every client had left).
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
