// learner: optimal
// idiom: intersect as a filter closure that owns a forward cursor into b, char-by-char tokenizer with mem::take, Box<str> keys, postings of (DocId, u32), fold over shortest-first lists
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

use std::collections::{HashMap, HashSet};

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            current.extend(ch.to_lowercase());
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut j = 0;
    a.iter()
        .copied()
        .filter(|&x| {
            while j < b.len() && b[j] < x {
                j += 1;
            }
            j < b.len() && b[j] == x
        })
        .collect()
}

type Postings = Vec<(DocId, u32)>;

pub struct Index {
    total_docs: usize,
    postings: HashMap<Box<str>, Postings>,
}

fn ids_of(p: &Postings) -> Vec<DocId> {
    p.iter().map(|&(d, _)| d).collect()
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<Box<str>, Postings> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word.into_boxed_str()).or_default();
                match list.last_mut() {
                    Some((d, tf)) if *d == doc => *tf += 1,
                    _ => list.push((doc, 1)),
                }
            }
        }
        Index { total_docs: docs.len(), postings }
    }

    fn lists(&self, query: &str) -> Option<Vec<&Postings>> {
        let words = tokenize(query);
        let mut seen = HashSet::new();
        let mut lists = Vec::new();
        for w in &words {
            if seen.insert(w.as_str()) {
                lists.push(self.postings.get(w.as_str())?);
            }
        }
        if lists.is_empty() {
            return None;
        }
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.lists(query) else { return Vec::new() };
        let first = ids_of(lists[0]);
        lists[1..].iter().fold(first, |acc, l| {
            let ids = ids_of(l);
            intersect(&acc, &ids)
        })
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let Some(lists) = self.lists(query) else { return Vec::new() };
        let n = self.total_docs as f64;
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for list in lists {
            let weight = 1.0 + (n / list.len() as f64).ln();
            let mut cursor = list.iter().peekable();
            for entry in scored.iter_mut() {
                while cursor.peek().map_or(false, |&&(d, _)| d < entry.0) {
                    cursor.next();
                }
                if let Some(&&(_, tf)) = cursor.peek() {
                    entry.1 += tf as f64 * weight;
                }
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
