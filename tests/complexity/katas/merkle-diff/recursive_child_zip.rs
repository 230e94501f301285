// learner: optimal
// idiom: recursive descent; at each differing node the (at most 2) children are compared by zipping two 2-element slices of self.levels (O(1) per node, not a zip over the whole level); recursion depth log n
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
        let mut cur: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        while cur.len() > 1 {
            let next = cur
                .chunks(2)
                .map(|pair| if pair.len() == 2 { H::node(pair[0], pair[1]) } else { pair[0] })
                .collect();
            levels.push(std::mem::replace(&mut cur, next));
        }
        if !cur.is_empty() {
            levels.push(cur);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first().copied())
    }

    /// Node `i` of `level` differs (already checked); find its differing leaves.
    fn descend(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if level == 0 {
            if let Some(last) = out.last_mut().filter(|r| r.end == i) {
                last.end += 1;
            } else {
                out.push(i..i + 1);
            }
            return;
        }
        let below = level - 1;
        let lo = 2 * i;
        let hi = (lo + 2).min(self.levels[below].len());
        // the (one or two) children of node i, side by side in both trees
        let children = self.levels[below][lo..hi].iter().zip(&other.levels[below][lo..hi]);
        for (k, (mine, theirs)) in children.enumerate() {
            if mine != theirs {
                self.descend(other, below, lo + k, out);
            }
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("length mismatch: {} blocks vs {}", self.len(), other.len());
        }
        let mut out = Vec::new();
        if let (Some(a), Some(b)) = (self.root(), other.root()) {
            if a != b {
                self.descend(other, self.levels.len() - 1, 0, &mut out);
            }
        }
        out
    }
}
