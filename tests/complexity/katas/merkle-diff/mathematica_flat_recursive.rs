// learner: optimal
// idiom: Mathematica / Wolfram Language user: one flat digest array with level offsets, diff as a recursive nested helper (like a Module with a local recursive function), ranges merged by a fold
// why: build is one pass per level over a halving array, O(n) time and ~2n digests; root is the last slot, O(1); the recursion only enters subtrees whose digests differ, O(d log n) comparisons, depth O(log n)

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
/// different first byte for leaves and nodes. (Provided.)
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

/// A Merkle tree stored level by level in one flat vector.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    flat: Vec<H::Digest>,
    starts: Vec<usize>, // starts[k] = offset of level k in `flat`; starts.last() = flat.len()
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut flat: Vec<H::Digest> = Vec::with_capacity(2 * blocks.len());
        flat.extend(blocks.iter().map(|b| H::leaf(b)));
        let mut starts = vec![0, flat.len()];
        let mut width = blocks.len();
        while width > 1 {
            let from = starts[starts.len() - 2];
            for j in (0..width).step_by(2) {
                let d = if j + 1 < width { H::node(flat[from + j], flat[from + j + 1]) } else { flat[from + j] };
                flat.push(d);
            }
            width = width.div_ceil(2);
            starts.push(flat.len());
        }
        if blocks.is_empty() {
            starts.truncate(1);
        }
        MerkleTree { flat, starts, _hasher: PhantomData }
    }

    fn width(&self, level: usize) -> usize {
        self.starts[level + 1] - self.starts[level]
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.flat[self.starts[level] + i]
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        if self.starts.len() < 2 { 0 } else { self.width(0) }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.flat.last().copied()
    }

    /// The increasing, maximal ranges of block indices whose leaves differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("diff needs two trees of the same length ({} != {})", self.len(), other.len());
        }
        if self.is_empty() {
            return Vec::new();
        }

        // go[level, i]: append the differing leaves under node (level, i)
        fn go<H: MerkleHasher>(a: &MerkleTree<H>, b: &MerkleTree<H>, level: usize, i: usize, found: &mut Vec<usize>) {
            if a.at(level, i) == b.at(level, i) {
                return;
            }
            if level == 0 {
                found.push(i);
                return;
            }
            go(a, b, level - 1, 2 * i, found);
            if 2 * i + 1 < a.width(level - 1) {
                go(a, b, level - 1, 2 * i + 1, found);
            }
        }

        let mut found = Vec::new();
        go(self, other, self.starts.len() - 2, 0, &mut found);
        found.into_iter().fold(Vec::new(), |mut ranges: Vec<Range<usize>>, i| {
            match ranges.last_mut() {
                Some(last) if last.end == i => last.end += 1,
                _ => ranges.push(i..i + 1),
            }
            ranges
        })
    }
}
