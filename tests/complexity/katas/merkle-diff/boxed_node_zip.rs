// learner: optimal
// idiom: Clojure developer: the tree is a nested persistent-style value (enum Node of Leaf/Branch with its span), built by folding a level of nodes into the next until one is left, diff is a structural zip of the two trees
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

enum Node<D> {
    Leaf { digest: D, index: usize },
    Branch { digest: D, left: Box<Node<D>>, right: Box<Node<D>> },
}

impl<D: Copy + Eq> Node<D> {
    fn digest(&self) -> D {
        match self {
            Node::Leaf { digest, .. } | Node::Branch { digest, .. } => *digest,
        }
    }

    /// Both subtrees have the same shape (same number of blocks), and differ at the root.
    fn zip_diff(&self, other: &Node<D>, out: &mut Vec<Range<usize>>) {
        match (self, other) {
            (Node::Leaf { index, .. }, Node::Leaf { .. }) => match out.last_mut() {
                Some(r) if r.end == *index => r.end += 1,
                _ => out.push(*index..*index + 1),
            },
            (Node::Branch { left: l1, right: r1, .. }, Node::Branch { left: l2, right: r2, .. }) => {
                [(l1, l2), (r1, r2)]
                    .into_iter()
                    .filter(|(a, b)| a.digest() != b.digest())
                    .for_each(|(a, b)| a.zip_diff(b, out));
            }
            _ => unreachable!("trees of equal length have equal shapes"),
        }
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    root: Option<Node<H::Digest>>,
    len: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut level: Vec<Node<H::Digest>> =
            blocks.iter().enumerate().map(|(index, b)| Node::Leaf { digest: H::leaf(b), index }).collect();
        while level.len() > 1 {
            let mut nodes = level.into_iter();
            let mut up = Vec::with_capacity(nodes.len() / 2 + 1);
            while let Some(left) = nodes.next() {
                up.push(match nodes.next() {
                    Some(right) => Node::Branch {
                        digest: H::node(left.digest(), right.digest()),
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    None => left, // odd one out moves up as is
                });
            }
            level = up;
        }
        MerkleTree { root: level.pop(), len: blocks.len(), _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.root.as_ref().map(Node::digest)
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len, other.len, "diff needs trees of the same length");
        let mut out = vec![];
        if let (Some(a), Some(b)) = (&self.root, &other.root) {
            if a.digest() != b.digest() {
                a.zip_diff(b, &mut out);
            }
        }
        out
    }
}
