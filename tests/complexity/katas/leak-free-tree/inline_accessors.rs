// learner: optimal
// idiom: C++-style small #[inline] accessor helpers, a generic Link alias trait-free, explicit while-let parent walk into a pre-reserved Vec, reverse once; iterative teardown in Drop
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;
type WeakRef<T> = Weak<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent_link: WeakRef<T>,
    child_links: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    #[inline]
    fn make(value: T, parent_link: WeakRef<T>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent_link, child_links: Vec::new() }))
    }
}

#[inline]
fn up_of<T>(n: &NodeRef<T>) -> Option<NodeRef<T>> {
    n.borrow().parent_link.upgrade()
}

/// Creates a node with no parent and no children (a new root).
#[inline]
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::make(value, Weak::new())
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
#[inline]
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Node::make(value, Rc::downgrade(parent));
    parent.borrow_mut().child_links.push(c.clone());
    c
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
#[inline]
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    up_of(node)
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().child_links.clone()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut acc: Vec<T> = Vec::new();
    acc.push(node.borrow().value.clone());
    let mut cursor = up_of(node);
    while let Some(cur) = cursor {
        acc.push(cur.borrow().value.clone());
        cursor = up_of(&cur);
    }
    acc.reverse();
    acc
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = mem::take(&mut self.child_links);
        loop {
            let Some(top) = work.pop() else { break };
            match Rc::try_unwrap(top) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    work.extend(mem::take(&mut inner.child_links));
                }
                Err(_still_shared) => {}
            }
        }
    }
}
