// learner: optimal
// idiom: all levels in one flat Vec with a fixed [usize; 65] offset table, recursive diff helper in an impl block, if-heavy
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

/// A Merkle tree: every level stored back to back in one flat array.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<H::Digest>,
    start: [usize; 65], // start[k] = offset of level k in `nodes`
    width: [usize; 65], // width[k] = number of nodes on level k
    depth: usize,       // number of levels
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut t = MerkleTree {
            nodes: Vec::with_capacity(2 * n),
            start: [0; 65],
            width: [0; 65],
            depth: 0,
            _hasher: PhantomData,
        };
        if n == 0 {
            return t;
        }
        for b in blocks {
            t.nodes.push(H::leaf(b));
        }
        t.start[0] = 0;
        t.width[0] = n;
        t.depth = 1;
        while t.width[t.depth - 1] > 1 {
            let k = t.depth - 1;
            let base = t.start[k];
            let w = t.width[k];
            t.start[k + 1] = t.nodes.len();
            let mut i = 0;
            while i < w {
                let d = if i + 1 < w {
                    H::node(t.nodes[base + i], t.nodes[base + i + 1])
                } else {
                    t.nodes[base + i]
                };
                t.nodes.push(d);
                i += 2;
            }
            t.width[k + 1] = (w + 1) / 2;
            t.depth += 1;
        }
        t
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.nodes[self.start[level] + i]
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        if self.depth == 0 { 0 } else { self.width[0] }
    }

    pub fn is_empty(&self) -> bool {
        self.depth == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        if self.depth == 0 {
            None
        } else {
            Some(self.at(self.depth - 1, 0))
        }
    }

    fn walk(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if self.at(level, i) == other.at(level, i) {
            return;
        }
        if level == 0 {
            if let Some(last) = out.last_mut() {
                if last.end == i {
                    last.end = i + 1;
                    return;
                }
            }
            out.push(i..i + 1);
            return;
        }
        self.walk(other, level - 1, 2 * i, out);
        if 2 * i + 1 < self.width[level - 1] {
            self.walk(other, level - 1, 2 * i + 1, out);
        }
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "trees differ in length ({} vs {})", self.len(), other.len());
        let mut out = Vec::new();
        if self.depth > 0 {
            self.walk(other, self.depth - 1, 0, &mut out);
        }
        out
    }
}
