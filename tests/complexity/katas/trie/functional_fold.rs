// learner: optimal
// idiom: functional: insert as a fold over chars threading a &mut cursor, lookups via try_fold, results from a recursive accumulator-passing helper
//! A prefix tree for Unicode words.
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct T {
    here: bool,
    sub: BTreeMap<char, T>,
}

fn gather(t: &T, path: &mut String, acc: Vec<String>) -> Vec<String> {
    let acc = if t.here {
        let mut acc = acc;
        acc.push(path.clone());
        acc
    } else {
        acc
    };
    t.sub.iter().fold(acc, |acc, (&c, child)| {
        path.push(c);
        let acc = gather(child, path, acc);
        path.pop();
        acc
    })
}

#[derive(Debug)]
pub struct Trie {
    top: T,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { top: T::default(), size: 0 }
    }

    fn walk(&self, s: &str) -> Option<&T> {
        s.chars().try_fold(&self.top, |t, c| t.sub.get(&c))
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let leaf = word.chars().fold(&mut self.top, |t, c| t.sub.entry(c).or_default());
        let fresh = !std::mem::replace(&mut leaf.here, true);
        self.size += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).is_some_and(|t| t.here)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.walk(prefix)
            .map(|t| gather(t, &mut prefix.to_string(), Vec::new()))
            .unwrap_or_default()
    }
}
