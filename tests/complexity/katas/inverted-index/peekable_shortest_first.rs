// learner: optimal
// idiom: iterator-heavy: Peekable merge in intersect, postings ordered shortest-first, fold for the AND, two-cursor tf lookup via Iterator::find
use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| (!w.is_empty()).then(|| w.to_lowercase()))
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut xs = a.iter().peekable();
    let mut ys = b.iter().peekable();
    let mut out = Vec::new();
    while let (Some(&&x), Some(&&y)) = (xs.peek(), ys.peek()) {
        match x.cmp(&y) {
            Ordering::Less => {
                xs.next();
            }
            Ordering::Greater => {
                ys.next();
            }
            Ordering::Equal => {
                out.push(x);
                xs.next();
                ys.next();
            }
        }
    }
    out
}

#[derive(Default)]
struct Postings {
    ids: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    n: usize,
    map: HashMap<String, Postings>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut map: HashMap<String, Postings> = HashMap::new();
        docs.iter().enumerate().for_each(|(d, text)| {
            tokenize(text).into_iter().for_each(|t| {
                let p = map.entry(t).or_default();
                if p.ids.last() == Some(&d) {
                    *p.counts.last_mut().unwrap() += 1;
                } else {
                    p.ids.push(d);
                    p.counts.push(1);
                }
            })
        });
        Index { n: docs.len(), map }
    }

    /// Distinct query terms' postings, shortest first; empty if the query has no words or a word is unknown.
    fn lists(&self, query: &str) -> Vec<&Postings> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        let found: Option<Vec<&Postings>> = words.iter().map(|w| self.map.get(w)).collect();
        let mut lists = found.unwrap_or_default();
        lists.sort_by_key(|p| p.ids.len());
        lists
    }

    fn and(lists: &[&Postings]) -> Vec<DocId> {
        match lists.split_first() {
            None => vec![],
            Some((head, tail)) => tail.iter().fold(head.ids.clone(), |acc, p| intersect(&acc, &p.ids)),
        }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        Self::and(&self.lists(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = self.lists(query);
        let hits = Self::and(&lists);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for p in &lists {
            let idf = 1.0 + (self.n as f64 / p.ids.len() as f64).ln();
            let mut cursor = p.ids.iter().zip(&p.counts);
            for (d, score) in scored.iter_mut() {
                if let Some((_, &c)) = cursor.find(|(id, _)| **id == *d) {
                    *score += c as f64 * idf;
                }
            }
        }
        scored.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Equal).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
