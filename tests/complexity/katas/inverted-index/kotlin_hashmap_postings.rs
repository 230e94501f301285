// learner: optimal
// idiom: Kotlin-dev style: data-class-like Posting struct, HashMap<String, Vec<Posting>>, iterator chains, sort lists shortest first, two-pointer merge
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut result = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            result.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    result
}

struct Postings {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, Postings>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Postings> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let p = terms.entry(word).or_insert_with(|| Postings { docs: Vec::new(), counts: Vec::new() });
                if p.docs.last() == Some(&id) {
                    *p.counts.last_mut().unwrap() += 1;
                } else {
                    p.docs.push(id);
                    p.counts.push(1);
                }
            }
        }
        Index { terms, doc_count: docs.len() }
    }

    fn query_lists(&self, query: &str) -> Option<Vec<&Postings>> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        let mut lists = words
            .iter()
            .map(|w| self.terms.get(w))
            .collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|p| p.docs.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.query_lists(query) {
            None => Vec::new(),
            Some(lists) => {
                let mut acc = lists[0].docs.clone();
                for p in &lists[1..] {
                    acc = intersect(&acc, &p.docs);
                }
                acc
            }
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = match self.query_lists(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let mut hits = lists[0].docs.clone();
        for p in &lists[1..] {
            hits = intersect(&hits, &p.docs);
        }
        let mut scores = vec![0.0f64; hits.len()];
        for p in &lists {
            let idf = 1.0 + (self.doc_count as f64 / p.docs.len() as f64).ln();
            let mut j = 0;
            for (k, &d) in hits.iter().enumerate() {
                while p.docs[j] < d {
                    j += 1;
                }
                scores[k] += p.counts[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
