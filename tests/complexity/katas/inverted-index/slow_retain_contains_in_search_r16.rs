// learner: slow
// why: Index::search is O(p^2) time, target O(q p): intersect is a proper merge, but search narrows its running result with retain(|d| list.contains(d)) instead of calling it
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
        } else if !cur.is_empty() {
            out.push(cur.to_lowercase());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

pub struct Index {
    total: usize,
    postings: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let list = postings.entry(word).or_default();
                if let Some(last) = list.last_mut().filter(|l| l.0 == id) {
                    last.1 += 1;
                } else {
                    list.push((id, 1));
                }
            }
        }
        Index { total: docs.len(), postings }
    }

    fn ids(&self, word: &str) -> Vec<DocId> {
        self.postings.get(word).map(|l| l.iter().map(|p| p.0).collect()).unwrap_or_default()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut words = tokenize(query);
        words.dedup();
        let Some(first) = words.first() else { return vec![] };
        let mut result = self.ids(first);
        for w in &words[1..] {
            let list = self.ids(w);
            result.retain(|d| list.contains(d));
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        let hits = self.search(query);
        if hits.is_empty() {
            return vec![];
        }
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for w in &words {
            let list = &self.postings[w];
            let idf = 1.0 + (self.total as f64 / list.len() as f64).ln();
            let mut k = 0;
            for entry in scored.iter_mut() {
                while list[k].0 < entry.0 {
                    k += 1;
                }
                entry.1 += list[k].1 as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
