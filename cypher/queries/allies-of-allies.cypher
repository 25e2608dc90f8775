// title: Allies of allies
// description: States two alliance steps away from a state that are not its direct allies, with the allies that
// link them: candidates for indirect commitments.
// param entity: "RUS"
// param limit: 50
MATCH (e:State {id: coalesce($entity, 'RUS')})-[:ALLIED_WITH|DEFENSE_PACT_WITH]-(via:State)
      -[:ALLIED_WITH|DEFENSE_PACT_WITH]-(x:State)
WHERE x <> e AND NOT (e)-[:ALLIED_WITH|DEFENSE_PACT_WITH]-(x)
RETURN x.id AS state, x.name AS name, collect(DISTINCT via.id) AS through, count(DISTINCT via) AS links
ORDER BY links DESC, state
LIMIT coalesce($limit, 50)
