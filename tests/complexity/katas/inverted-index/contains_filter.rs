// learner: slow
// idiom: Dart/Flutter-turned-Rust: intersect written like Dart's a.where((x) => b.contains(x)).toList(), postings in a HashMap<String, Map<doc, tf>>-ish BTreeMap
// why: intersect is O(a * b) (Vec::contains rescans b for every id of a), so search/ranked are O(q * p^2) vs targets O(a + b) and O(q p)
use std::collections::{BTreeMap, HashMap};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .where_nonempty()
        .map(|w| w.to_lowercase())
        .collect()
}

trait WhereNonEmpty<'a>: Iterator<Item = &'a str> + Sized {
    fn where_nonempty(self) -> std::iter::Filter<Self, fn(&&'a str) -> bool> {
        self.filter(|w| !w.is_empty())
    }
}
impl<'a, T: Iterator<Item = &'a str>> WhereNonEmpty<'a> for T {}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    a.iter().copied().filter(|x| b.contains(x)).collect()
}

pub struct Index {
    total: usize,
    terms: HashMap<String, BTreeMap<DocId, u32>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, BTreeMap<DocId, u32>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for term in tokenize(text) {
                *terms.entry(term).or_default().entry(doc).or_insert(0) += 1;
            }
        }
        Index { total: docs.len(), terms }
    }

    fn unique_terms(query: &str) -> Vec<String> {
        let mut seen = Vec::new();
        for t in tokenize(query) {
            if !seen.contains(&t) {
                seen.push(t);
            }
        }
        seen
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::unique_terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut result: Option<Vec<DocId>> = None;
        for term in &terms {
            let docs: Vec<DocId> = match self.terms.get(term) {
                Some(map) => map.keys().copied().collect(),
                None => return Vec::new(),
            };
            result = Some(match result {
                None => docs,
                Some(acc) => intersect(&acc, &docs),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = Self::unique_terms(query);
        let n = self.total as f64;
        let mut ranking: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|doc| {
                let score = terms
                    .iter()
                    .map(|t| {
                        let map = &self.terms[t];
                        map[&doc] as f64 * (1.0 + (n / map.len() as f64).ln())
                    })
                    .sum();
                (doc, score)
            })
            .collect();
        ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranking
    }
}
