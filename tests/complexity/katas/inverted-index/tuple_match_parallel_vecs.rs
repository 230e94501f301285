// learner: optimal
// idiom: loop + match on (a.get(i), b.get(j)) with Ordering, parallel (ids, tfs) Vecs per term, sort+dedup of query words, ranked tf picked by a second cursor walk
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

use std::cmp::Ordering;
use std::collections::HashMap;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    loop {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => match x.cmp(y) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    out.push(*x);
                    i += 1;
                    j += 1;
                }
            },
            _ => return out,
        }
    }
}

pub struct Index {
    docs: usize,
    terms: HashMap<String, (Vec<DocId>, Vec<u32>)>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, (Vec<DocId>, Vec<u32>)> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let (ids, tfs) = terms.entry(word).or_default();
                if ids.last() == Some(&id) {
                    *tfs.last_mut().unwrap() += 1;
                } else {
                    ids.push(id);
                    tfs.push(1);
                }
            }
        }
        Index { docs: docs.len(), terms }
    }

    fn words(query: &str) -> Vec<String> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        words
    }

    fn matches(&self, words: &[String]) -> Vec<DocId> {
        let mut lists = Vec::with_capacity(words.len());
        for w in words {
            match self.terms.get(w) {
                Some((ids, _)) => lists.push(ids.as_slice()),
                None => return Vec::new(),
            }
        }
        lists.sort_unstable_by_key(|l| l.len());
        let Some((first, rest)) = lists.split_first() else { return Vec::new() };
        let mut acc = first.to_vec();
        for list in rest {
            acc = intersect(&acc, list);
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.matches(&Self::words(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::words(query);
        let hits = self.matches(&words);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut scores = vec![0.0f64; hits.len()];
        let n = self.docs as f64;
        for w in &words {
            let (ids, tfs) = &self.terms[w];
            let idf = 1.0 + (n / ids.len() as f64).ln();
            let mut p = 0;
            for (slot, &doc) in hits.iter().enumerate() {
                while ids[p] < doc {
                    p += 1;
                }
                scores[slot] += tfs[p] as f64 * idf;
            }
        }
        let mut ranked: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        ranked.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap_or(Ordering::Equal).then(x.0.cmp(&y.0)));
        ranked
    }
}
