//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

/// A deterministic 64-bit hash of a string: 64-bit FNV-1a over its UTF-8
/// bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3; per byte:
/// xor, then wrapping multiply), followed by MurmurHash3's `fmix64`
/// finaliser: `h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33;
/// h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33` (wrapping multiplications).
pub fn hash64(s: &str) -> u64 {
    todo!("hash {s:?}")
}

pub struct Ring {
    // Add your fields here.
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts
    /// as 1). Virtual node `i` of node `n` sits at `hash64(&format!("{n}#{i}"))`.
    pub fn new(vnodes: u32) -> Self {
        todo!("a ring with {vnodes} virtual nodes per node")
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        todo!("add {node:?}")
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        todo!("remove {node:?}")
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        todo!()
    }

    /// The node owning `key`: the owner of the first virtual node at or
    /// after `hash64(key)`, wrapping round to the smallest position.
    /// None on an empty ring.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        todo!("owner of {key:?}")
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set, owner first); fewer if the ring has fewer
    /// nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        todo!("{count} replicas of {key:?}")
    }
}
