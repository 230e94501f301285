// learner: optimal
// idiom: one flat Vec of all digests with per-level offsets (index arithmetic), for loops, descent with a VecDeque-free Vec stack and early returns
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
    digests: Vec<H::Digest>,
    /// (start in `digests`, width) of each level, leaves first.
    offsets: Vec<(usize, usize)>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut digests: Vec<H::Digest> = Vec::with_capacity(2 * n + 1);
        let mut offsets = Vec::new();
        for b in blocks {
            digests.push(H::leaf(b));
        }
        offsets.push((0, n));
        let (mut start, mut width) = (0, n);
        while width > 1 {
            let next_start = digests.len();
            for j in (0..width).step_by(2) {
                let d = if j + 1 < width {
                    H::node(digests[start + j], digests[start + j + 1])
                } else {
                    digests[start + j]
                };
                digests.push(d);
            }
            width = digests.len() - next_start;
            start = next_start;
            offsets.push((start, width));
        }
        MerkleTree { digests, offsets, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.offsets[0].1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            return None;
        }
        let (start, _) = self.offsets[self.offsets.len() - 1];
        Some(self.digests[start])
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.digests[self.offsets[level].0 + i]
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("diff needs trees of equal length, got {} and {}", self.len(), other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut todo = vec![(self.offsets.len() - 1, 0usize)];
        while let Some((level, i)) = todo.pop() {
            if self.at(level, i) == other.at(level, i) {
                continue;
            }
            if level == 0 {
                let merged = match out.last_mut() {
                    Some(r) if r.end == i => {
                        r.end += 1;
                        true
                    }
                    _ => false,
                };
                if !merged {
                    out.push(i..i + 1);
                }
                continue;
            }
            let below = self.offsets[level - 1].1;
            for c in [2 * i + 1, 2 * i] {
                if c < below {
                    todo.push((level - 1, c));
                }
            }
        }
        out
    }
}
