// learner: optimal
// idiom: MUMPS: the index is a real ordered global ^IX(WORD)=list of (DOC,TF) in a BTreeMap; intersect gallops the longer list ($ORDER jumps doubling the step) from the last position
// why: galloping costs O(a log(b/a)) <= O(a + b); search O(q p) with the q lists merged shortest first; ranked walks each list beside the hits then sorts r: O(q p + r log r)

//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::BTreeMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// first index >= FROM in B whose value is >= X (exponential then binary search)
fn gal(b: &[DocId], from: usize, x: DocId) -> usize {
    let mut st = 1;
    let mut hi = from;
    while hi < b.len() && b[hi] < x {
        hi = from + st;
        st *= 2;
    }
    let lo = from + st / 4; // last probe known < x (or from)
    let lo = lo.min(b.len()).max(from);
    let hi = hi.min(b.len());
    lo + b[lo..hi].partition_point(|&v| v < x)
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (sm, lg) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::new();
    let mut j = 0;
    for &x in sm {
        j = gal(lg, j, x);
        if j == lg.len() {
            break;
        }
        if lg[j] == x {
            out.push(x);
            j += 1;
        }
    }
    out
}

pub struct Index {
    g: BTreeMap<String, Vec<(DocId, u32)>>, // ^IX(WORD,n)=DOC^TF
    nd: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut g: BTreeMap<String, Vec<(DocId, u32)>> = BTreeMap::new();
        for (d, t) in docs.iter().enumerate() {
            for w in tokenize(t) {
                let l = g.entry(w).or_default();
                match l.last_mut() {
                    Some(e) if e.0 == d => e.1 += 1,
                    _ => l.push((d, 1)),
                }
            }
        }
        Index { g, nd: docs.len() }
    }

    fn terms(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let mut q: BTreeMap<String, ()> = BTreeMap::new(); // ^TMP($J,WORD)="" dedupes for free
        for w in tokenize(query) {
            q.insert(w, ());
        }
        if q.is_empty() {
            return None;
        }
        let mut ls = Vec::new();
        for w in q.keys() {
            ls.push(self.g.get(w)?);
        }
        ls.sort_by_key(|l| l.len());
        Some(ls)
    }

    fn hits(ls: &[&Vec<(DocId, u32)>]) -> Vec<DocId> {
        let mut r: Vec<DocId> = ls[0].iter().map(|e| e.0).collect();
        for l in &ls[1..] {
            let ids: Vec<DocId> = l.iter().map(|e| e.0).collect();
            r = intersect(&r, &ids);
        }
        r
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.terms(query) {
            None => Vec::new(),
            Some(ls) => Self::hits(&ls),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(ls) = self.terms(query) else {
            return Vec::new();
        };
        let hs = Self::hits(&ls);
        let mut out: Vec<(DocId, f64)> = hs.iter().map(|&d| (d, 0.0)).collect();
        for l in &ls {
            let idf = 1.0 + (self.nd as f64 / l.len() as f64).ln();
            let mut j = 0;
            for o in out.iter_mut() {
                while l[j].0 < o.0 {
                    j += 1;
                }
                o.1 += l[j].1 as f64 * idf;
            }
        }
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }
}
