// learner: optimal
// idiom: pipeline style, split/filter/map tokenize, entry API group-by of (term, doc) counts, lists sorted shortest-first and folded with intersect, ranked via HashMap tf lookups
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut ia, mut ib) = (a.iter().peekable(), b.iter().peekable());
    let mut out = Vec::new();
    while let (Some(&&x), Some(&&y)) = (ia.peek(), ib.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => { ia.next(); }
            std::cmp::Ordering::Greater => { ib.next(); }
            std::cmp::Ordering::Equal => {
                out.push(x);
                ia.next();
                ib.next();
            }
        }
    }
    out
}

pub struct Index {
    n: usize,
    // term -> sorted (doc, tf)
    terms: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let terms = docs
            .iter()
            .enumerate()
            .flat_map(|(d, text)| tokenize(text).into_iter().map(move |t| (t, d)))
            .fold(HashMap::<String, Vec<(DocId, u32)>>::new(), |mut m, (t, d)| {
                let list = m.entry(t).or_default();
                match list.last_mut() {
                    Some((last, tf)) if *last == d => *tf += 1,
                    _ => list.push((d, 1)),
                }
                m
            });
        Index { n: docs.len(), terms }
    }

    fn lists(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let words: BTreeSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut lists = words
            .iter()
            .map(|w| self.terms.get(w))
            .collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.lists(query)
            .map(|lists| {
                let first: Vec<DocId> = lists[0].iter().map(|&(d, _)| d).collect();
                lists[1..].iter().fold(first, |acc, l| {
                    let ids: Vec<DocId> = l.iter().map(|&(d, _)| d).collect();
                    intersect(&acc, &ids)
                })
            })
            .unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let lists = match self.lists(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let n = self.n as f64;
        let mut scored: Vec<(DocId, f64)> = lists
            .iter()
            .map(|l| {
                let idf = 1.0 + (n / l.len() as f64).ln();
                let tf: HashMap<DocId, u32> = l.iter().copied().collect();
                (idf, tf)
            })
            .fold(hits.iter().map(|&d| (d, 0.0)).collect::<Vec<_>>(), |mut acc, (idf, tf)| {
                acc.iter_mut().for_each(|(d, s)| *s += tf[d] as f64 * idf);
                acc
            });
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
