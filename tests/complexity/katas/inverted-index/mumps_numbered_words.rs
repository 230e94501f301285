// learner: optimal
// idiom: MUMPS: words get a number once (^WD("B",WORD)=WN) and postings live in WN-subscripted arrays; intersect is a labelled $ORDER-style loop; scores collected in a HashMap of the hits
// why: intersect advances at least one cursor per step: O(a + b); search O(q p); ranked: one pass per posting list with O(1) hash lookups into the r hits, then a sort of r: O(q p + r log r)

//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let cs: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if !cs[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let st = i;
        while i < cs.len() && cs[i].is_alphanumeric() {
            i += 1;
        }
        let w: String = cs[st..i].iter().collect();
        out.push(w.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut r = Vec::with_capacity(a.len().min(b.len()));
    let mut ia = a.iter().peekable();
    let mut ib = b.iter().peekable();
    while let (Some(&&x), Some(&&y)) = (ia.peek(), ib.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => {
                ia.next();
            }
            std::cmp::Ordering::Greater => {
                ib.next();
            }
            std::cmp::Ordering::Equal => {
                r.push(x);
                ia.next();
                ib.next();
            }
        }
    }
    r.shrink_to_fit();
    r
}

pub struct Index {
    wn: HashMap<String, usize>, // ^WD("B",WORD)=WN
    pd: Vec<Vec<DocId>>,        // ^WD(WN,"D")
    pt: Vec<Vec<u32>>,          // ^WD(WN,"T")
    nd: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ix = Index { wn: HashMap::new(), pd: Vec::new(), pt: Vec::new(), nd: docs.len() };
        for (d, t) in docs.iter().enumerate() {
            for w in tokenize(t) {
                let k = match ix.wn.get(&w) {
                    Some(&k) => k,
                    None => {
                        let k = ix.pd.len();
                        ix.wn.insert(w, k);
                        ix.pd.push(Vec::new());
                        ix.pt.push(Vec::new());
                        k
                    }
                };
                if ix.pd[k].last() == Some(&d) {
                    *ix.pt[k].last_mut().unwrap() += 1;
                } else {
                    ix.pd[k].push(d);
                    ix.pt[k].push(1);
                }
            }
        }
        ix
    }

    /// word numbers of the query, distinct, shortest list first; None if a word is unknown
    fn wns(&self, query: &str) -> Option<Vec<usize>> {
        let mut ks: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let k = *self.wn.get(&w)?;
            ks.push(k);
        }
        ks.sort_unstable();
        ks.dedup();
        ks.sort_by_key(|&k| self.pd[k].len());
        if ks.is_empty() { None } else { Some(ks) }
    }

    fn hit(&self, ks: &[usize]) -> Vec<DocId> {
        let mut r = self.pd[ks[0]].clone();
        for &k in &ks[1..] {
            r = intersect(&r, &self.pd[k]);
        }
        r
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.wns(query).map(|ks| self.hit(&ks)).unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(ks) = self.wns(query) else {
            return Vec::new();
        };
        let hs = self.hit(&ks);
        let mut sc: HashMap<DocId, f64> = hs.iter().map(|&d| (d, 0.0)).collect();
        for &k in &ks {
            let idf = 1.0 + (self.nd as f64 / self.pd[k].len() as f64).ln();
            for (i, d) in self.pd[k].iter().enumerate() {
                if let Some(s) = sc.get_mut(d) {
                    *s += self.pt[k][i] as f64 * idf;
                }
            }
        }
        let mut out: Vec<(DocId, f64)> = hs.iter().map(|d| (*d, sc[d])).collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }
}
