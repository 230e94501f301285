// learner: slow
// why: Index::search is O(p^2) time, target O(q p): keeps the ids of the first list that the other lists `contains` (a linear scan of a posting list per id)
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut res = vec![];
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            res.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    res
}

pub struct Index {
    words: HashMap<String, Vec<(DocId, u32)>>,
    count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut words: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for w in tokenize(doc) {
                let list = words.entry(w).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == id => *c += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { words, count: docs.len() }
    }

    fn ids_of(&self, word: &str) -> Vec<DocId> {
        self.words.get(word).map(|l| l.iter().map(|p| p.0).collect()).unwrap_or_default()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut words = tokenize(query);
        words.dedup();
        let Some(first) = words.first() else { return vec![] };
        let others: Vec<Vec<DocId>> = words[1..].iter().map(|w| self.ids_of(w)).collect();
        self.ids_of(first)
            .into_iter()
            .filter(|doc| others.iter().all(|ids| ids.contains(doc)))
            .collect()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        let mut scores = vec![0.0; hits.len()];
        for w in &words {
            let Some(list) = self.words.get(w) else { continue };
            let idf = 1.0 + (self.count as f64 / list.len() as f64).ln();
            let mut p = 0;
            for (k, &h) in hits.iter().enumerate() {
                while list[p].0 < h {
                    p += 1;
                }
                scores[k] += list[p].1 as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
