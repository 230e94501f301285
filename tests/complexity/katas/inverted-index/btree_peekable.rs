// learner: optimal
// idiom: BTreeMap term -> (ids, counts) parallel Vecs, peekable-iterator intersect, HashMap score accumulator, fold over lists
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            current.push(ch);
        } else if !current.is_empty() {
            words.push(current.to_lowercase());
            current.clear();
        }
    }
    if !current.is_empty() {
        words.push(current.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut xs = a.iter().peekable();
    let mut ys = b.iter().peekable();
    let mut both = Vec::new();
    while let (Some(&&x), Some(&&y)) = (xs.peek(), ys.peek()) {
        if x < y {
            xs.next();
        } else if y < x {
            ys.next();
        } else {
            both.push(x);
            xs.next();
            ys.next();
        }
    }
    both
}

#[derive(Default)]
struct Posting {
    ids: Vec<DocId>,
    tf: Vec<u32>,
}

pub struct Index {
    terms: BTreeMap<String, Posting>,
    total: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: BTreeMap<String, Posting> = BTreeMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for tok in tokenize(text) {
                let p = terms.entry(tok).or_default();
                if p.ids.last() == Some(&doc) {
                    *p.tf.last_mut().unwrap() += 1;
                } else {
                    p.ids.push(doc);
                    p.tf.push(1);
                }
            }
        }
        Index { terms, total: docs.len() }
    }

    fn postings_for(&self, query: &str) -> Option<Vec<&Posting>> {
        let distinct: BTreeSet<String> = tokenize(query).into_iter().collect();
        if distinct.is_empty() {
            return None;
        }
        let mut ps: Option<Vec<&Posting>> = distinct.iter().map(|t| self.terms.get(t)).collect();
        if let Some(v) = ps.as_mut() {
            v.sort_by_key(|p| p.ids.len());
        }
        ps
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.postings_for(query) {
            None => vec![],
            Some(ps) => ps[1..]
                .iter()
                .fold(ps[0].ids.clone(), |acc, p| intersect(&acc, &p.ids)),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(ps) = self.postings_for(query) else { return vec![] };
        let hits = ps[1..].iter().fold(ps[0].ids.clone(), |acc, p| intersect(&acc, &p.ids));
        let mut score: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        let n = self.total as f64;
        for p in &ps {
            let weight = 1.0 + (n / p.ids.len() as f64).ln();
            for (d, tf) in p.ids.iter().zip(&p.tf) {
                if let Some(s) = score.get_mut(d) {
                    *s += *tf as f64 * weight;
                }
            }
        }
        let mut out: Vec<(DocId, f64)> = score.into_iter().collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        out
    }
}
