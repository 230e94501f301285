// learner: slow
// idiom: RPG IV: checks the root like a control total first, then on a mismatch matches the two leaf arrays side by side (zip) as a record-by-record compare
// why: any single difference makes it compare every leaf pair: O(n) comparisons per diff instead of O(d log n); only the all-equal case is cheap
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    leaves: Vec<H::Digest>,
    top: Option<H::Digest>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        // fold the levels up to the root; only the root is kept
        let mut w_cur = leaves.clone();
        while w_cur.len() > 1 {
            let mut w_up = Vec::with_capacity(w_cur.len() / 2 + 1);
            let mut ix = 0;
            while ix < w_cur.len() {
                if ix + 1 < w_cur.len() {
                    w_up.push(H::node(w_cur[ix], w_cur[ix + 1]));
                } else {
                    w_up.push(w_cur[ix]);
                }
                ix += 2;
            }
            w_cur = w_up;
        }
        let top = w_cur.first().copied();
        MerkleTree { leaves, top }
    }

    pub fn len(&self) -> usize {
        self.leaves.len()
    }

    pub fn is_empty(&self) -> bool {
        self.leaves.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.top
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.leaves.len(), other.leaves.len(), "length of the two trees differs");
        let mut w_out: Vec<Range<usize>> = Vec::new();
        if self.top == other.top {
            return w_out; // control totals match
        }
        for (ix, (a, b)) in self.leaves.iter().zip(other.leaves.iter()).enumerate() {
            if a == b {
                continue;
            }
            match w_out.last_mut() {
                Some(r) if r.end == ix => r.end = ix + 1,
                _ => w_out.push(ix..ix + 1),
            }
        }
        w_out
    }
}
