// How many articles the graph holds (serve --demo loads the demo corpus only into an empty graph).
MATCH (a:Article)
RETURN count(a) AS articles
