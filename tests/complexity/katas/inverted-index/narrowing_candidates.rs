// learner: optimal
// idiom: Smalltalk developer: postings carry their tf, the running result carries its partial score; each query term "narrows" the candidates (a merge that keeps (doc, score) pairs), candidates start from the rarest term
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut common = Vec::with_capacity(a.len().min(b.len()));
    let (mut rest_a, mut rest_b) = (a, b);
    while let (Some((&x, tail_a)), Some((&y, tail_b))) = (rest_a.split_first(), rest_b.split_first()) {
        if x == y {
            common.push(x);
        }
        if x <= y {
            rest_a = tail_a;
        }
        if y <= x {
            rest_b = tail_b;
        }
    }
    common
}

struct Candidate {
    doc: DocId,
    score: f64,
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    size: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some((d, tf)) if *d == doc => *tf += 1,
                    _ => list.push((doc, 1)),
                }
            }
        }
        Index { postings, size: docs.len() }
    }

    fn weight(&self, list: &[(DocId, u32)]) -> f64 {
        1.0 + (self.size as f64 / list.len() as f64).ln()
    }

    fn narrow(&self, candidates: Vec<Candidate>, list: &[(DocId, u32)]) -> Vec<Candidate> {
        let idf = self.weight(list);
        let mut postings = list.iter().peekable();
        let mut kept = Vec::with_capacity(candidates.len());
        for mut c in candidates {
            while postings.next_if(|p| p.0 < c.doc).is_some() {}
            if let Some(&&(doc, tf)) = postings.peek() {
                if doc == c.doc {
                    c.score += tf as f64 * idf;
                    kept.push(c);
                }
            }
        }
        kept
    }

    fn candidates(&self, query: &str) -> Vec<Candidate> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        let mut lists = Vec::with_capacity(words.len());
        for w in &words {
            match self.postings.get(w) {
                Some(list) => lists.push(list.as_slice()),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|l| l.len());
        let Some((rarest, others)) = lists.split_first() else { return Vec::new() };
        let idf = self.weight(rarest);
        let start = rarest
            .iter()
            .map(|&(doc, tf)| Candidate { doc, score: tf as f64 * idf })
            .collect();
        others.iter().fold(start, |cands, list| self.narrow(cands, list))
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.candidates(query).into_iter().map(|c| c.doc).collect()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut ranked: Vec<(DocId, f64)> =
            self.candidates(query).into_iter().map(|c| (c.doc, c.score)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked
    }
}
