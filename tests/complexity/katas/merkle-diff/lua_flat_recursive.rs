// learner: optimal
// idiom: Lua-style: one flat digest array with per-level offsets, while loops with manual indices, recursive diff writing into a mutable state struct
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}


pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<H::Digest>,
    // offsets[l] = where level l starts in nodes; sizes[l] = how many nodes
    offsets: Vec<usize>,
    sizes: Vec<usize>,
    _hasher: PhantomData<H>,
}

struct DiffState {
    out: Vec<Range<usize>>,
}

impl DiffState {
    fn add(&mut self, i: usize) {
        let n = self.out.len();
        if n > 0 && self.out[n - 1].end == i {
            self.out[n - 1].end = i + 1;
        } else {
            self.out.push(i..i + 1);
        }
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut nodes = Vec::with_capacity(2 * blocks.len());
        let mut offsets = Vec::new();
        let mut sizes = Vec::new();
        let mut i = 0;
        while i < blocks.len() {
            nodes.push(H::leaf(blocks[i]));
            i += 1;
        }
        offsets.push(0);
        sizes.push(blocks.len());
        let mut lvl = 0;
        while sizes[lvl] > 1 {
            let start = offsets[lvl];
            let size = sizes[lvl];
            let new_start = nodes.len();
            let mut j = 0;
            while j < size {
                if j + 1 < size {
                    let d = H::node(nodes[start + j], nodes[start + j + 1]);
                    nodes.push(d);
                } else {
                    let d = nodes[start + j];
                    nodes.push(d);
                }
                j += 2;
            }
            offsets.push(new_start);
            sizes.push(nodes.len() - new_start);
            lvl += 1;
        }
        MerkleTree { nodes, offsets, sizes, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.sizes[0]
    }

    pub fn is_empty(&self) -> bool {
        self.sizes[0] == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.sizes[0] == 0 {
            return None;
        }
        Some(self.nodes[self.nodes.len() - 1])
    }

    fn walk(&self, other: &Self, lvl: usize, i: usize, st: &mut DiffState) {
        let at = self.offsets[lvl] + i;
        if self.nodes[at] == other.nodes[at] {
            return;
        }
        if lvl == 0 {
            st.add(i);
            return;
        }
        let l = 2 * i;
        self.walk(other, lvl - 1, l, st);
        if l + 1 < self.sizes[lvl - 1] {
            self.walk(other, lvl - 1, l + 1, st);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length ({} and {})", self.len(), other.len());
        }
        let mut st = DiffState { out: Vec::new() };
        if self.is_empty() {
            return st.out;
        }
        let top = self.sizes.len() - 1;
        self.walk(other, top, 0, &mut st);
        st.out
    }
}
