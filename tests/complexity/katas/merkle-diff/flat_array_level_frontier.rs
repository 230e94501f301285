// learner: optimal
// idiom: Tcl/Tk tools engineer: every digest in one flat list plus a list of level offsets; diff goes breadth-first, keeping the frontier of differing node indices one level at a time
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher (provided).
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
    /// (start, len) of each level inside `nodes`, leaves first.
    spans: Vec<(usize, usize)>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut nodes: Vec<H::Digest> = Vec::with_capacity(2 * blocks.len());
        for b in blocks {
            nodes.push(H::leaf(b));
        }
        let mut spans = vec![(0, blocks.len())];
        let mut start = 0;
        let mut len = blocks.len();
        while len > 1 {
            let next_start = nodes.len();
            let mut i = 0;
            while i < len {
                let d = if i + 1 < len { H::node(nodes[start + i], nodes[start + i + 1]) } else { nodes[start + i] };
                nodes.push(d);
                i += 2;
            }
            start = next_start;
            len = nodes.len() - next_start;
            spans.push((start, len));
        }
        MerkleTree { nodes, spans, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.spans[0].1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            None
        } else {
            self.nodes.last().copied()
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("trees have different length ({} and {})", self.len(), other.len());
        }
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if self.root() == other.root() {
            return ranges;
        }
        let mut frontier: Vec<usize> = vec![0];
        let mut level = self.spans.len() - 1;
        while level > 0 {
            level -= 1;
            let (start, len) = self.spans[level];
            let mut next = Vec::new();
            for &parent in &frontier {
                let left = 2 * parent;
                if left + 1 >= len {
                    next.push(left);
                    continue;
                }
                for child in [left, left + 1] {
                    if self.nodes[start + child] != other.nodes[start + child] {
                        next.push(child);
                    }
                }
            }
            frontier = next;
        }
        for i in frontier {
            match ranges.last_mut() {
                Some(r) if r.end == i => r.end = i + 1,
                _ => ranges.push(i..i + 1),
            }
        }
        ranges
    }
}
