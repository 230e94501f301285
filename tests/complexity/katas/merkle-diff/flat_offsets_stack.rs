// learner: optimal
// idiom: one flat Vec of all digests with per-level offsets, index arithmetic, explicit stack of (level, index), for/if style
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
    /// All levels back to back, leaves first.
    nodes: Vec<H::Digest>,
    /// `starts[k]` is where level `k` begins in `nodes`; one extra entry at the end.
    starts: Vec<usize>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes: Vec<H::Digest> = Vec::with_capacity(2 * n);
        let mut starts = vec![0];
        for block in blocks {
            nodes.push(H::leaf(block));
        }
        starts.push(nodes.len());
        let mut width = n;
        while width > 1 {
            let begin = starts[starts.len() - 2];
            for j in (0..width).step_by(2) {
                let d = if j + 1 < width { H::node(nodes[begin + j], nodes[begin + j + 1]) } else { nodes[begin + j] };
                nodes.push(d);
            }
            width = (width + 1) / 2;
            starts.push(nodes.len());
        }
        MerkleTree { nodes, starts, _hasher: PhantomData }
    }

    fn width(&self, level: usize) -> usize {
        self.starts[level + 1] - self.starts[level]
    }

    fn at(&self, level: usize, index: usize) -> H::Digest {
        self.nodes[self.starts[level] + index]
    }

    fn top_level(&self) -> usize {
        self.starts.len() - 2
    }

    pub fn len(&self) -> usize {
        self.width(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            None
        } else {
            Some(self.at(self.top_level(), 0))
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length ({} and {})", self.len(), other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut todo: Vec<(usize, usize)> = vec![(self.top_level(), 0)];
        while let Some((level, index)) = todo.pop() {
            if self.at(level, index) == other.at(level, index) {
                continue;
            }
            if level == 0 {
                if let Some(last) = out.last_mut() {
                    if last.end == index {
                        last.end += 1;
                        continue;
                    }
                }
                out.push(index..index + 1);
                continue;
            }
            let left = 2 * index;
            if left + 1 < self.width(level - 1) {
                todo.push((level - 1, left + 1));
            }
            todo.push((level - 1, left));
        }
        out
    }
}
