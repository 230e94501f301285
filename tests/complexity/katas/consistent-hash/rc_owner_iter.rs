// learner: optimal
// idiom: Rc<str> owners shared between tokens, HashMap<Rc<str>, Vec<u64>> remembers each node's tokens, iterator-heavy
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let h = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    [33u32, 33, 33]
        .iter()
        .zip([0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53, 1])
        .fold(h, |h, (&s, m)| (h ^ (h >> s)).wrapping_mul(m))
}

pub struct Ring {
    vnodes: u32,
    by_token: BTreeMap<u64, Rc<str>>,
    tokens_of: HashMap<Rc<str>, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), by_token: BTreeMap::new(), tokens_of: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.tokens_of.contains_key(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let toks: Vec<u64> = (0..self.vnodes).map(|i| hash64(&format!("{node}#{i}"))).collect();
        toks.iter().for_each(|&t| {
            self.by_token.insert(t, Rc::clone(&name));
        });
        self.tokens_of.insert(name, toks);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(toks) = self.tokens_of.remove(node) else { return false };
        for t in toks {
            if self.by_token.get(&t).is_some_and(|o| &**o == node) {
                self.by_token.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.tokens_of.keys().map(|k| &**k).collect();
        v.sort_unstable();
        v
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.by_token
            .range(h..)
            .chain(self.by_token.range(..h))
            .next()
            .map(|(_, o)| &**o)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.tokens_of.len());
        let mut out: Vec<&str> = Vec::with_capacity(want);
        for (_, o) in self.by_token.range(h..).chain(self.by_token.range(..h)) {
            if out.len() == want {
                break;
            }
            if !out.iter().any(|x| *x == &**o) {
                out.push(o);
            }
        }
        out
    }
}
