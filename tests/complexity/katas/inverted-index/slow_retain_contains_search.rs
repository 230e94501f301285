// learner: slow
// why: Index::search is O(p^2) time, target O(q p): narrows the running result with retain + Vec::contains on the next posting list instead of merging
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut w = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                w.push(l);
            }
        } else if !w.is_empty() {
            out.push(std::mem::take(&mut w));
        }
    }
    if !w.is_empty() {
        out.push(w);
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0usize, 0usize);
    let mut c = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            c.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    c
}

pub struct Index {
    post: HashMap<String, (Vec<DocId>, Vec<u32>)>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut post: HashMap<String, (Vec<DocId>, Vec<u32>)> = HashMap::new();
        for i in 0..docs.len() {
            for w in tokenize(docs[i]) {
                let e = post.entry(w).or_default();
                let m = e.0.len();
                if m > 0 && e.0[m - 1] == i {
                    e.1[m - 1] += 1;
                } else {
                    e.0.push(i);
                    e.1.push(1);
                }
            }
        }
        Index { post, n: docs.len() }
    }

    fn keys(&self, query: &str) -> Vec<String> {
        let mut q = tokenize(query);
        q.sort();
        q.dedup();
        q
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let q = self.keys(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut r: Option<Vec<DocId>> = None;
        for w in &q {
            let Some((ids, _)) = self.post.get(w) else { return Vec::new() };
            // Julia: filter!(d -> d in ids, r)
            r = Some(match r {
                None => ids.clone(),
                Some(mut prev) => {
                    prev.retain(|d| ids.contains(d));
                    prev
                }
            });
        }
        r.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let q = self.keys(query);
        let mut sc = vec![0.0; hits.len()];
        for w in &q {
            let (ids, tf) = &self.post[w];
            let idf = 1.0 + (self.n as f64 / ids.len() as f64).ln();
            let mut j = 0;
            for h in 0..hits.len() {
                while ids[j] < hits[h] {
                    j += 1;
                }
                sc[h] += tf[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(sc).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
