// learner: slow
// idiom: Ada/SPARK safety engineer: levels stored as a vector of arrays, but diff trusts nothing above the leaves and walks both leaf arrays index by index with an explicit open-range state
// why: diff compares all n leaf digests: O(n) comparisons whatever d is (also when the roots are equal), vs the O(d log n) target of descending only into differing subtrees
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
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut current: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for b in blocks {
            current.push(H::leaf(b));
        }
        loop {
            let width = current.len();
            if width <= 1 {
                levels.push(current);
                break;
            }
            let mut parent: Vec<H::Digest> = Vec::with_capacity(width / 2 + 1);
            let mut k = 0;
            while k < width {
                if k + 1 < width {
                    parent.push(H::node(current[k], current[k + 1]));
                } else {
                    parent.push(current[k]);
                }
                k += 2;
            }
            levels.push(current);
            current = parent;
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels[self.levels.len() - 1].first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let n = self.len();
        if n != other.len() {
            panic!("diff: length mismatch: {} /= {}", n, other.len());
        }
        let mine = &self.levels[0];
        let theirs = &other.levels[0];
        let mut result: Vec<Range<usize>> = Vec::new();
        let mut open_since: Option<usize> = None;
        for i in 0..n {
            let differs = mine[i] != theirs[i];
            match (differs, open_since) {
                (true, None) => open_since = Some(i),
                (false, Some(start)) => {
                    result.push(start..i);
                    open_since = None;
                }
                _ => {}
            }
        }
        if let Some(start) = open_since {
            result.push(start..n);
        }
        result
    }
}
