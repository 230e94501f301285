// learner: optimal
// idiom: iterator-adapter chains: fold to build postings, fold to intersect, scan to pick up term counts
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut j = 0;
    a.iter()
        .filter(|&&x| {
            j += b[j..].iter().take_while(|&&y| y < x).count();
            j < b.len() && b[j] == x
        })
        .copied()
        .collect()
}

pub struct Index {
    n: usize,
    postings: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let postings = docs
            .iter()
            .enumerate()
            .flat_map(|(id, d)| tokenize(d).into_iter().map(move |w| (w, id)))
            .fold(HashMap::<String, Vec<(DocId, u32)>>::new(), |mut m, (w, id)| {
                let list = m.entry(w).or_default();
                match list.last_mut() {
                    Some((last, c)) if *last == id => *c += 1,
                    _ => list.push((id, 1)),
                }
                m
            });
        Index { n: docs.len(), postings }
    }

    fn lists(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let words: BTreeSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut lists = words.iter().map(|w| self.postings.get(w)).collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    fn hits(lists: &[&Vec<(DocId, u32)>]) -> Vec<DocId> {
        let first: Vec<DocId> = lists[0].iter().map(|&(d, _)| d).collect();
        lists[1..].iter().fold(first, |acc, l| {
            let ids: Vec<DocId> = l.iter().map(|&(d, _)| d).collect();
            intersect(&acc, &ids)
        })
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.lists(query).map(|l| Self::hits(&l)).unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.lists(query) else { return Vec::new() };
        let hits = Self::hits(&lists);
        let mut scored: Vec<(DocId, f64)> = lists.iter().fold(
            hits.iter().map(|&h| (h, 0.0)).collect::<Vec<_>>(),
            |acc, list| {
                let idf = 1.0 + (self.n as f64 / list.len() as f64).ln();
                acc.into_iter()
                    .scan(0usize, |j, (h, s)| {
                        *j += list[*j..].iter().take_while(|&&(d, _)| d < h).count();
                        Some((h, s + list[*j].1 as f64 * idf))
                    })
                    .collect()
            },
        );
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
