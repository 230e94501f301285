// learner: optimal
// idiom: Rust-book student: HashMap<String, Vec<(DocId, u32)>>, index-loop merge with match on cmp, explicit types everywhere
use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current: String = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            current.push(c);
        } else if current.len() > 0 {
            words.push(current.to_lowercase());
            current.clear();
        }
    }
    if current.len() > 0 {
        words.push(current.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut result: Vec<DocId> = Vec::new();
    let mut i: usize = 0;
    let mut j: usize = 0;
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                result.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    result
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            let words: Vec<String> = tokenize(text);
            for word in words {
                let list: &mut Vec<(DocId, u32)> = postings.entry(word).or_insert(Vec::new());
                let mut last_is_me: bool = false;
                match list.last_mut() {
                    Some(last) => {
                        if last.0 == id {
                            last.1 += 1;
                            last_is_me = true;
                        }
                    }
                    None => {}
                }
                if !last_is_me {
                    list.push((id, 1));
                }
            }
        }
        Index { postings: postings, doc_count: docs.len() }
    }

    fn terms_of(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let mut words: Vec<String> = tokenize(query);
        words.sort();
        words.dedup();
        if words.len() == 0 {
            return None;
        }
        let mut lists: Vec<&Vec<(DocId, u32)>> = Vec::with_capacity(words.len());
        for w in words.iter() {
            match self.postings.get(w) {
                Some(list) => lists.push(list),
                None => return None,
            }
        }
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists: Vec<&Vec<(DocId, u32)>> = match self.terms_of(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let mut result: Vec<DocId> = Vec::with_capacity(lists[0].len());
        for (d, _) in lists[0].iter() {
            result.push(*d);
        }
        for i in 1..lists.len() {
            let mut ids: Vec<DocId> = Vec::with_capacity(lists[i].len());
            for (d, _) in lists[i].iter() {
                ids.push(*d);
            }
            result = intersect(&result, &ids);
            if result.len() == 0 {
                break;
            }
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits: Vec<DocId> = self.search(query);
        if hits.len() == 0 {
            return Vec::new();
        }
        let lists: Vec<&Vec<(DocId, u32)>> = match self.terms_of(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let n: f64 = self.doc_count as f64;
        let mut scores: Vec<f64> = vec![0.0; hits.len()];
        for list in lists.iter() {
            let idf: f64 = 1.0 + (n / list.len() as f64).ln();
            let mut p: usize = 0;
            for h in 0..hits.len() {
                while list[p].0 < hits[h] {
                    p += 1;
                }
                scores[h] += list[p].1 as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = Vec::with_capacity(hits.len());
        for (h, id) in hits.iter().enumerate() {
            out.push((*id, scores[h]));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
