// learner: optimal
// idiom: Objective-C macOS veteran: a BTreeMap<u64, String> as the sorted "dictionary" of ring positions plus a BTreeSet of member names, descriptive helper methods, range(h..) successor lookup
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET_BASIS: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn finalizeMix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    let mut hash = FNV_OFFSET_BASIS;
    for byte in s.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    finalizeMix(hash)
}

pub struct Ring {
    virtualNodesPerNode: u32,
    positionToOwner: BTreeMap<u64, String>,
    memberNames: BTreeSet<String>,
}

#[allow(non_snake_case)]
impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            virtualNodesPerNode: vnodes.max(1),
            positionToOwner: BTreeMap::new(),
            memberNames: BTreeSet::new(),
        }
    }

    fn positionOfVirtualNode(node: &str, index: u32) -> u64 {
        hash64(&format!("{node}#{index}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.memberNames.contains(node) {
            return false;
        }
        for index in 0..self.virtualNodesPerNode {
            let position = Self::positionOfVirtualNode(node, index);
            self.positionToOwner.insert(position, node.to_string());
        }
        self.memberNames.insert(node.to_string());
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.memberNames.remove(node) {
            return false;
        }
        for index in 0..self.virtualNodesPerNode {
            let position = Self::positionOfVirtualNode(node, index);
            if self.positionToOwner.get(&position).map(String::as_str) == Some(node) {
                self.positionToOwner.remove(&position);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.memberNames.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let keyPosition = hash64(key);
        self.positionToOwner
            .range(keyPosition..)
            .next()
            .or_else(|| self.positionToOwner.iter().next())
            .map(|(_, owner)| owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let keyPosition = hash64(key);
        let wanted = count.min(self.memberNames.len());
        let mut replicaNames: Vec<&str> = Vec::with_capacity(wanted);
        let clockwise = self
            .positionToOwner
            .range(keyPosition..)
            .chain(self.positionToOwner.range(..keyPosition));
        for (_, owner) in clockwise {
            if replicaNames.len() == wanted {
                break;
            }
            if !replicaNames.contains(&owner.as_str()) {
                replicaNames.push(owner.as_str());
            }
        }
        replicaNames
    }
}
