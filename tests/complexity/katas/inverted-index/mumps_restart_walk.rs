// learner: slow
// idiom: MUMPS: for each id of A, a fresh $ORDER walk down B from the first subscript until it reaches or passes the id (the cursor is not kept between ids)
// why: every id of A restarts the walk of B at 0: O(a * b) per intersection (O(q p^2)-ish per query) instead of O(a + b)

//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut wd = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            wd.push(ch);
        } else if !wd.is_empty() {
            out.push(wd.to_lowercase());
            wd.clear();
        }
    }
    if !wd.is_empty() {
        out.push(wd.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    for &x in a {
        // $ORDER down B from the top until we reach or pass X
        let mut j = 0;
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j < b.len() && b[j] == x {
            out.push(x);
        }
    }
    out
}

struct Pl {
    doc: Vec<DocId>,
    tf: Vec<u32>,
}

pub struct Index {
    ix: HashMap<String, Pl>,
    nd: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ix: HashMap<String, Pl> = HashMap::new();
        for (d, txt) in docs.iter().enumerate() {
            for w in tokenize(txt) {
                let pl = ix.entry(w).or_insert_with(|| Pl { doc: Vec::new(), tf: Vec::new() });
                if pl.doc.last() == Some(&d) {
                    *pl.tf.last_mut().unwrap() += 1;
                } else {
                    pl.doc.push(d);
                    pl.tf.push(1);
                }
            }
        }
        Index { ix, nd: docs.len() }
    }

    /// The distinct query words' posting lists, or None when a word is unknown.
    fn lists(&self, query: &str) -> Option<Vec<&Pl>> {
        let mut wds = tokenize(query);
        wds.sort_unstable();
        wds.dedup();
        if wds.is_empty() {
            return None;
        }
        let mut ls = Vec::with_capacity(wds.len());
        for w in &wds {
            ls.push(self.ix.get(w)?);
        }
        ls.sort_by_key(|p| p.doc.len());
        Some(ls)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(ls) = self.lists(query) else {
            return Vec::new();
        };
        let mut res = ls[0].doc.clone();
        for pl in &ls[1..] {
            if res.is_empty() {
                break;
            }
            res = intersect(&res, &pl.doc);
        }
        res
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(ls) = self.lists(query) else {
            return Vec::new();
        };
        let mut hits = ls[0].doc.clone();
        for pl in &ls[1..] {
            hits = intersect(&hits, &pl.doc);
        }
        let mut sc = vec![0.0f64; hits.len()];
        let n = self.nd as f64;
        for pl in &ls {
            let idf = 1.0 + (n / pl.doc.len() as f64).ln();
            let mut j = 0;
            for (k, &h) in hits.iter().enumerate() {
                while pl.doc[j] < h {
                    j += 1;
                }
                sc[k] += pl.tf[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(sc).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
