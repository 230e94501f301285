// learner: slow
// why: Index::search is O(p^2) time, target O(q p): the AND query keeps a doc id only if `other.contains(&id)`, a linear scan of the other posting list
use std::collections::HashMap;
use std::mem;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            current.push(ch);
            continue;
        }
        if current.is_empty() {
            continue;
        }
        let word = mem::take(&mut current);
        words.push(word.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    if a.is_empty() || b.is_empty() {
        return out;
    }
    let mut i = 0;
    let mut j = 0;
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

pub struct Index {
    doc_count: usize,
    docs_of: HashMap<String, Vec<DocId>>,
    tf: HashMap<(String, DocId), u32>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut docs_of: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf: HashMap<(String, DocId), u32> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let list = docs_of.entry(word.clone()).or_insert_with(Vec::new);
                match list.last() {
                    Some(&last) if last == id => {}
                    _ => list.push(id),
                }
                *tf.entry((word, id)).or_insert(0) += 1;
            }
        }
        Index { doc_count: docs.len(), docs_of, tf }
    }

    fn distinct_words(query: &str) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if words.contains(&w) {
                continue;
            }
            words.push(w);
        }
        words
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::distinct_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut result: Vec<DocId> = match self.docs_of.get(&words[0]) {
            Some(list) => list.clone(),
            None => return Vec::new(),
        };
        for w in &words[1..] {
            let other = match self.docs_of.get(w) {
                Some(list) => list,
                None => return Vec::new(),
            };
            let mut kept = Vec::new();
            for id in mem::take(&mut result) {
                if other.contains(&id) {
                    kept.push(id);
                }
            }
            result = kept;
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let words = Self::distinct_words(query);
        let mut scored: Vec<(DocId, f64)> = Vec::with_capacity(hits.len());
        for &id in &hits {
            let mut score = 0.0;
            for w in &words {
                let df = match self.docs_of.get(w) {
                    Some(list) => list.len(),
                    None => continue,
                };
                let tf = match self.tf.get(&(w.clone(), id)) {
                    Some(&t) => t,
                    None => 0,
                };
                score += tf as f64 * (1.0 + (self.doc_count as f64 / df as f64).ln());
            }
            scored.push((id, score));
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
