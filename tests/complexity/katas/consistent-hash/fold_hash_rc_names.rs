// learner: optimal
// idiom: F#-style: hash64 as a fold + composed finaliser, vnode tokens as a mapped range, Rc<str> names shared by the ring, replicas via scan-like fold over a chained walk
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}

fn fmix(h: u64) -> u64 {
    let xs = |x: u64| x ^ (x >> 33);
    xs(xs(xs(h).wrapping_mul(0xff51afd7ed558ccd)).wrapping_mul(0xc4ceb9fe1a85ec53))
}

pub fn hash64(s: &str) -> u64 {
    fmix(fnv1a(s.as_bytes()))
}

pub struct Ring {
    v: u32,
    ring: BTreeMap<u64, Rc<str>>,
    names: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { v: vnodes.max(1), ring: BTreeMap::new(), names: BTreeSet::new() }
    }

    fn tokens<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.v).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.names.insert(Rc::clone(&name));
        let toks: Vec<u64> = self.tokens(node).collect();
        toks.into_iter().for_each(|t| {
            self.ring.insert(t, Rc::clone(&name));
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.names.take(node) {
            None => false,
            Some(_) => {
                let v = self.v;
                (0..v)
                    .map(|i| hash64(&format!("{node}#{i}")))
                    .for_each(|t| {
                        if self.ring.get(&t).map_or(false, |n| &**n == node) {
                            self.ring.remove(&t);
                        }
                    });
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .next()
            .map(|(_, n)| &**n)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let goal = count.min(self.names.len());
        let h = hash64(key);
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| &**n)
            .try_fold(Vec::with_capacity(goal), |mut acc: Vec<&str>, n| {
                if acc.len() == goal {
                    return Err(acc);
                }
                if !acc.contains(&n) {
                    acc.push(n);
                }
                Ok(acc)
            })
            .unwrap_or_else(|done| done)
    }
}
