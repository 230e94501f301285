// learner: optimal
// idiom: MATLAB signal-processing engineer: one core routine that merges (doc, tf) postings and accumulates the weighted score in the same pass (like a running sum over aligned samples); search just drops the score column
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(text[s..i].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (na, nb) = (a.len(), b.len());
    let mut c = Vec::with_capacity(na.min(nb));
    let mut i = 0;
    let mut j = 0;
    while i < na && j < nb {
        let (x, y) = (a[i], b[j]);
        if x == y {
            c.push(x);
        }
        if x <= y {
            i += 1;
        }
        if y <= x {
            j += 1;
        }
    }
    c
}

pub struct Index {
    n: usize,
    post: HashMap<String, Vec<(DocId, u32)>>, // term -> [(doc, tf)], doc increasing
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut post: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for d in 0..docs.len() {
            for w in tokenize(docs[d]) {
                let p = post.entry(w).or_default();
                let m = p.len();
                if m > 0 && p[m - 1].0 == d {
                    p[m - 1].1 += 1;
                } else {
                    p.push((d, 1));
                }
            }
        }
        Index { n: docs.len(), post }
    }

    /// AND-merge of the query's posting lists; column 2 is the accumulated tf*idf
    fn scored(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        if words.is_empty() {
            return Vec::new();
        }
        let mut lists: Vec<&Vec<(DocId, u32)>> = Vec::with_capacity(words.len());
        for w in &words {
            match self.post.get(w) {
                Some(p) => lists.push(p),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|p| p.len());

        let nn = self.n as f64;
        let w0 = 1.0 + (nn / lists[0].len() as f64).ln();
        let mut acc: Vec<(DocId, f64)> = lists[0].iter().map(|&(d, tf)| (d, tf as f64 * w0)).collect();
        for k in 1..lists.len() {
            let p = lists[k];
            let wk = 1.0 + (nn / p.len() as f64).ln();
            let mut nxt = Vec::with_capacity(acc.len());
            let (mut i, mut j) = (0, 0);
            while i < acc.len() && j < p.len() {
                if acc[i].0 < p[j].0 {
                    i += 1;
                } else if acc[i].0 > p[j].0 {
                    j += 1;
                } else {
                    nxt.push((acc[i].0, acc[i].1 + p[j].1 as f64 * wk));
                    i += 1;
                    j += 1;
                }
            }
            acc = nxt;
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.scored(query).into_iter().map(|(d, _)| d).collect()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut r = self.scored(query);
        r.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        r
    }
}
