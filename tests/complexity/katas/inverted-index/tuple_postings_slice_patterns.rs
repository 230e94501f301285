// learner: optimal
// idiom: Erlang-flavoured: postings as Vec<(DocId, tf)> tuples, intersection by matching on slice heads ([x, ..], [y, ..]) in a loop, scores accumulated in a (id, score) list
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (pos, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, ch.is_alphanumeric()) {
            (None, true) => start = Some(pos),
            (Some(s), false) => {
                out.push(text[s..pos].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut acc = Vec::new();
    let (mut xs, mut ys) = (a, b);
    loop {
        match (xs, ys) {
            ([x, xt @ ..], [y, yt @ ..]) => {
                if x == y {
                    acc.push(*x);
                    xs = xt;
                    ys = yt;
                } else if x < y {
                    xs = xt;
                } else {
                    ys = yt;
                }
            }
            _ => return acc,
        }
    }
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    total: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let list = postings.entry(w).or_default();
                match list.last_mut() {
                    Some((id, tf)) if *id == d => *tf += 1,
                    _ => list.push((d, 1)),
                }
            }
        }
        Index { postings, total: docs.len() }
    }

    fn terms(&self, query: &str) -> Option<Vec<&[(DocId, u32)]>> {
        let mut seen = HashSet::new();
        let mut lists = Vec::new();
        for w in tokenize(query) {
            if seen.insert(w.clone()) {
                lists.push(self.postings.get(&w)?.as_slice());
            }
        }
        if lists.is_empty() {
            return None;
        }
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    fn hits(lists: &[&[(DocId, u32)]]) -> Vec<DocId> {
        let first: Vec<DocId> = lists[0].iter().map(|&(d, _)| d).collect();
        lists[1..].iter().fold(first, |acc, l| {
            // merge acc against the tuple list directly
            let mut out = Vec::with_capacity(acc.len());
            let mut rest = *l;
            for d in acc {
                while let [(x, _), tail @ ..] = rest {
                    if *x < d {
                        rest = tail;
                    } else {
                        break;
                    }
                }
                if let [(x, _), ..] = rest {
                    if *x == d {
                        out.push(d);
                    }
                }
            }
            out
        })
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.terms(query).map(|l| Self::hits(&l)).unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = match self.terms(query) {
            Some(l) => l,
            None => return vec![],
        };
        let mut scored: Vec<(DocId, f64)> = Self::hits(&lists).into_iter().map(|d| (d, 0.0)).collect();
        for list in &lists {
            let idf = 1.0 + (self.total as f64 / list.len() as f64).ln();
            let mut rest = *list;
            for (d, score) in scored.iter_mut() {
                while rest[0].0 < *d {
                    rest = &rest[1..];
                }
                *score += rest[0].1 as f64 * idf;
            }
        }
        scored.sort_by(|(da, sa), (db, sb)| sb.total_cmp(sa).then_with(|| da.cmp(db)));
        scored
    }
}
