// learner: slow
// idiom: MATLAB signal-processing engineer: intersect as c = sort([a b]); keep c(diff(c)==0); search concatenates all posting lists, sorts and keeps ids whose run length equals the number of terms (a histc trick)
// why: intersect is O((a + b) log(a + b)) and search/ranked O(p log p) because of the sort of the concatenated lists, vs targets O(a + b) and O(q p)
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut w = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            w.push(c);
        } else if !w.is_empty() {
            out.push(w.to_lowercase());
            w = String::new();
        }
    }
    if !w.is_empty() {
        out.push(w.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    // c = sort([a b]); both inputs are duplicate-free, so a repeat means "in both"
    let mut c: Vec<DocId> = Vec::with_capacity(a.len() + b.len());
    c.extend_from_slice(a);
    c.extend_from_slice(b);
    c.sort_unstable();
    let mut out = Vec::new();
    for k in 1..c.len() {
        if c[k] == c[k - 1] {
            out.push(c[k]);
        }
    }
    out
}

pub struct Index {
    n: usize,
    post: HashMap<String, Vec<(DocId, u32)>>,
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

    fn terms(query: &str) -> Vec<String> {
        let mut q = tokenize(query);
        q.sort();
        q.dedup();
        q
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let q = Self::terms(query);
        if q.is_empty() {
            return Vec::new();
        }
        // all = [p1 p2 ... pq], sorted; a doc in every list shows up exactly q times in a row
        let mut all: Vec<DocId> = Vec::new();
        for w in &q {
            match self.post.get(w) {
                Some(p) => all.extend(p.iter().map(|x| x.0)),
                None => return Vec::new(),
            }
        }
        all.sort_unstable();
        let mut out = Vec::new();
        let mut k = 0;
        while k < all.len() {
            let mut run = 1;
            while k + run < all.len() && all[k + run] == all[k] {
                run += 1;
            }
            if run == q.len() {
                out.push(all[k]);
            }
            k += run;
        }
        out
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let q = Self::terms(query);
        let hits = self.search(query);
        let nn = self.n as f64;
        let mut r: Vec<(DocId, f64)> = Vec::with_capacity(hits.len());
        for &d in &hits {
            let mut s = 0.0;
            for w in &q {
                let p = &self.post[w];
                let k = p.binary_search_by_key(&d, |x| x.0).unwrap();
                s += p[k].1 as f64 * (1.0 + (nn / p.len() as f64).ln());
            }
            r.push((d, s));
        }
        r.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        r
    }
}
