// learner: optimal
// idiom: C++-style flat storage (one Vec of digests plus per-level offset table), #[inline] index helpers, recursive descent (depth is only log n)
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


/// A Merkle tree stored flat: level k occupies nodes[offsets[k]..offsets[k + 1]].
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<H::Digest>,
    offsets: Vec<usize>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    #[inline(always)]
    fn width(&self, level: usize) -> usize {
        self.offsets[level + 1] - self.offsets[level]
    }

    #[inline(always)]
    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.nodes[self.offsets[level] + i]
    }

    #[inline(always)]
    fn levels(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes: Vec<H::Digest> = Vec::with_capacity(2 * n);
        let mut offsets = vec![0usize];
        for b in blocks {
            nodes.push(H::leaf(b));
        }
        if n > 0 {
            offsets.push(n);
        }
        let mut lo = 0usize;
        let mut w = n;
        while w > 1 {
            let mut i = 0;
            while i + 1 < w {
                let d = H::node(nodes[lo + i], nodes[lo + i + 1]);
                nodes.push(d);
                i += 2;
            }
            if w % 2 == 1 {
                let carried = nodes[lo + w - 1];
                nodes.push(carried);
            }
            lo += w;
            w = (w + 1) / 2;
            offsets.push(lo + w);
        }
        MerkleTree { nodes, offsets, _hasher: PhantomData }
    }

    /// Number of blocks.
    #[inline]
    pub fn len(&self) -> usize {
        if self.levels() == 0 { 0 } else { self.width(0) }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    #[inline]
    pub fn root(&self) -> Option<H::Digest> {
        self.nodes.last().copied()
    }

    fn descend(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if self.at(level, i) == other.at(level, i) {
            return;
        }
        if level == 0 {
            if let Some(last) = out.last_mut().filter(|r| r.end == i) {
                last.end += 1;
            } else {
                out.push(i..i + 1);
            }
            return;
        }
        let below = level - 1;
        self.descend(other, below, 2 * i, out);
        if 2 * i + 1 < self.width(below) {
            self.descend(other, below, 2 * i + 1, out);
        }
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal. Panics if the lengths differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out = Vec::new();
        if let Some(top) = self.levels().checked_sub(1) {
            self.descend(other, top, 0, &mut out);
        }
        out
    }
}
