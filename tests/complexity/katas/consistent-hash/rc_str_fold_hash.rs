// learner: optimal
// idiom: Objective-C macOS veteran: shared Rc<str> names (like retained NSStrings) in both the position map and the member set, hash as an iterator fold, successor via range().next() with wrap-round via first_key_value
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    let mut h = fnv ^ (fnv >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    replicaPointsPerNode: u32,
    points: BTreeMap<u64, Rc<str>>,
    members: BTreeSet<Rc<str>>,
}

#[allow(non_snake_case)]
impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { replicaPointsPerNode: vnodes.max(1), points: BTreeMap::new(), members: BTreeSet::new() }
    }

    fn pointsForNode<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.replicaPointsPerNode).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        let sharedName: Rc<str> = Rc::from(node);
        let positions: Vec<u64> = self.pointsForNode(node).collect();
        for position in positions {
            self.points.insert(position, Rc::clone(&sharedName));
        }
        self.members.insert(sharedName);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.replicaPointsPerNode {
            let position = hash64(&format!("{node}#{i}"));
            let ownedByThisNode = matches!(self.points.get(&position), Some(owner) if &**owner == node);
            if ownedByThisNode {
                self.points.remove(&position);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|name| &**name).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let position = hash64(key);
        let successor = self.points.range(position..).next().or_else(|| self.points.first_key_value());
        successor.map(|(_, owner)| &**owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let position = hash64(key);
        let mut alreadyChosen: HashSet<*const u8> = HashSet::new();
        let mut chosen = Vec::new();
        let walk = self.points.range(position..).chain(self.points.range(..position));
        for (_, owner) in walk {
            if chosen.len() >= count || chosen.len() >= self.members.len() {
                break;
            }
            if alreadyChosen.insert(owner.as_ptr()) {
                chosen.push(&**owner);
            }
        }
        chosen
    }
}
