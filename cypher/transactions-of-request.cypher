// The database's transactions of one request, found by the requestId the app puts in every
// transaction's metadata: to end them (TERMINATE TRANSACTION) when the request's deadline passes,
// and to know when they are gone. SHOW TRANSACTIONS cannot take its WHERE from a parameter map
// other than this, and needs no write access.
SHOW TRANSACTIONS
YIELD transactionId, metaData
WHERE metaData.requestId = $requestId
RETURN transactionId
