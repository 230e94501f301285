// learner: optimal
// idiom: search intersects in place (write cursor over the running result, then truncate), per-document term counts folded into Vec<(DocId, tf)> postings, loop/continue style
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let lowered: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| if w.is_empty() { None } else { Some(w.to_lowercase()) })
        .collect();
    lowered
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut res = Vec::new();
    let mut i = 0;
    let mut j = 0;
    loop {
        if i == a.len() || j == b.len() {
            break;
        }
        let (x, y) = (a[i], b[j]);
        if x == y {
            res.push(x);
            i += 1;
            j += 1;
            continue;
        }
        if x < y {
            i += 1;
        } else {
            j += 1;
        }
    }
    res
}

/// Keeps only the ids of `acc` that also appear in `other` (both sorted), in place.
fn intersect_into(acc: &mut Vec<DocId>, other: &[(DocId, u32)]) {
    let mut write = 0;
    let mut j = 0;
    for read in 0..acc.len() {
        let id = acc[read];
        while j < other.len() && other[j].0 < id {
            j += 1;
        }
        if j == other.len() {
            break;
        }
        if other[j].0 == id {
            acc[write] = id;
            write += 1;
        }
    }
    acc.truncate(write);
}

pub struct Index {
    total: usize,
    map: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut map: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for id in 0..docs.len() {
            let mut local: HashMap<String, u32> = HashMap::new();
            for w in tokenize(docs[id]) {
                *local.entry(w).or_insert(0) += 1;
            }
            for (w, tf) in local {
                map.entry(w).or_default().push((id, tf));
            }
        }
        Index { total: docs.len(), map }
    }

    fn distinct_lists(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        let mut lists = Vec::new();
        for w in &words {
            lists.push(self.map.get(w)?);
        }
        lists.sort_unstable_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists = match self.distinct_lists(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let mut acc: Vec<DocId> = lists[0].iter().map(|p| p.0).collect();
        for l in &lists[1..] {
            intersect_into(&mut acc, l);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let lists = match self.distinct_lists(query) {
            Some(l) if !hits.is_empty() => l,
            _ => return Vec::new(),
        };
        let mut out: Vec<(DocId, f64)> = hits.iter().map(|&h| (h, 0.0)).collect();
        for l in lists {
            let idf = 1.0 + (self.total as f64 / l.len() as f64).ln();
            let mut j = 0;
            for slot in out.iter_mut() {
                while l[j].0 != slot.0 {
                    j += 1;
                }
                slot.1 += l[j].1 as f64 * idf;
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
