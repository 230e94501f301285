// learner: optimal
// idiom: Scheme-teacher style: one pass recording first index or a seen-twice marker, then a fold over the table for the smallest index
use std::collections::HashMap;

/// What we know about one character after reading the string.
#[derive(Clone, Copy)]
enum Sighting {
    OnceAt(usize),
    SeenTwice,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let table = build_sighting_table(s);
    earliest_single(&table)
}

/// Reads the string once, remembering where each char first appeared.
fn build_sighting_table(s: &str) -> HashMap<char, Sighting> {
    s.chars().enumerate().fold(HashMap::new(), |mut table, (index, c)| {
        table
            .entry(c)
            .and_modify(|seen| *seen = Sighting::SeenTwice)
            .or_insert(Sighting::OnceAt(index));
        table
    })
}

/// Among the characters seen once, the one with the smallest index.
fn earliest_single(table: &HashMap<char, Sighting>) -> Option<char> {
    table
        .iter()
        .filter_map(|(&c, &sighting)| single_index(sighting).map(|i| (i, c)))
        .min()
        .map(|(_, c)| c)
}

fn single_index(sighting: Sighting) -> Option<usize> {
    match sighting {
        Sighting::OnceAt(i) => Some(i),
        Sighting::SeenTwice => None,
    }
}
