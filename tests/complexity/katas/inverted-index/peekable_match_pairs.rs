// learner: optimal
// idiom: postings as Vec<(DocId, u32)>, intersect with peekable iterators and match on Ordering, char-by-char tokenizer
use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
        } else if !cur.is_empty() {
            words.push(cur.to_lowercase());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        words.push(cur.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut common = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        match x.cmp(&y) {
            Ordering::Less => {
                left.next();
            }
            Ordering::Greater => {
                right.next();
            }
            Ordering::Equal => {
                common.push(x);
                left.next();
                right.next();
            }
        }
    }
    common
}

pub struct Index {
    doc_count: usize,
    postings: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for tok in tokenize(doc) {
                let list = postings.entry(tok).or_insert_with(Vec::new);
                match list.last_mut() {
                    Some((d, tf)) if *d == id => *tf += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { doc_count: docs.len(), postings }
    }

    fn query_terms(&self, query: &str) -> Vec<String> {
        let mut terms = tokenize(query);
        terms.sort();
        terms.dedup();
        terms
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = self.query_terms(query);
        let mut lists: Vec<&Vec<(DocId, u32)>> = Vec::with_capacity(terms.len());
        for t in &terms {
            match self.postings.get(t) {
                Some(l) => lists.push(l),
                None => return vec![],
            }
        }
        lists.sort_by_key(|l| l.len());
        let mut iter = lists.into_iter();
        let mut result: Vec<DocId> = match iter.next() {
            Some(first) => first.iter().map(|&(d, _)| d).collect(),
            None => return vec![],
        };
        for l in iter {
            let ids: Vec<DocId> = l.iter().map(|&(d, _)| d).collect();
            result = intersect(&result, &ids);
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for t in self.query_terms(query) {
            let list = &self.postings[&t];
            let weight = 1.0 + (self.doc_count as f64 / list.len() as f64).ln();
            let mut it = list.iter().peekable();
            for entry in scored.iter_mut() {
                while let Some(&&(d, _)) = it.peek() {
                    if d < entry.0 {
                        it.next();
                    } else {
                        break;
                    }
                }
                if let Some(&&(_, tf)) = it.peek() {
                    entry.1 += tf as f64 * weight;
                }
            }
        }
        scored.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        scored
    }
}
