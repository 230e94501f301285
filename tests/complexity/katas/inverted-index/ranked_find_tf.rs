// learner: slow
// why: Index::ranked is O(q r p) time, target O(q p + r log r): looks up each hit's tf with a linear find over the posting list
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.push(c);
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur).to_lowercase());
        }
    }
    if !cur.is_empty() {
        words.push(cur.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    out
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for w in tokenize(doc) {
                let list = postings.entry(w).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == id => *c += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { postings, n: docs.len() }
    }

    fn distinct(query: &str) -> Vec<String> {
        let mut t = tokenize(query);
        t.sort();
        t.dedup();
        t
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::distinct(query);
        let mut acc: Option<Vec<DocId>> = None;
        for t in &terms {
            let Some(list) = self.postings.get(t) else {
                return Vec::new();
            };
            let ids: Vec<DocId> = list.iter().map(|(d, _)| *d).collect();
            acc = Some(match acc {
                None => ids,
                Some(prev) => intersect(&prev, &ids),
            });
        }
        acc.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = Self::distinct(query);
        let hits = self.search(query);
        let mut out = Vec::new();
        for &d in &hits {
            let mut score = 0.0;
            for t in &terms {
                let list = &self.postings[t];
                let tf = list.iter().find(|(doc, _)| *doc == d).map(|(_, c)| *c).unwrap_or(0);
                score += tf as f64 * (1.0 + (self.n as f64 / list.len() as f64).ln());
            }
            out.push((d, score));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
