// learner: optimal
// idiom: Standard ML student: the cell is a "ref option" spelled as an AtomicPtr to a boxed value (null = NONE, non-null = SOME); NonNull::new turns the raw pointer back into an Option, and the mutex only guards the slow path
// why:
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr::{self, NonNull};
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    writer: Mutex<()>,
}

// SAFETY: the pointee is created before the pointer is published with Release and is
// read only through a pointer loaded with Acquire; it is freed only by `drop`/`into_inner`,
// which own the cell. Readers share &T (Sync), the box may be freed elsewhere (Send).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), writer: Mutex::new(()) }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    pub fn get(&self) -> Option<&T> {
        // SAFETY: a non-null pointer points to a live Box that outlives &self
        NonNull::new(self.ptr.load(Ordering::Acquire)).map(|p| unsafe { &*p.as_ptr() })
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| {
            let _held = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            self.get().unwrap_or_else(|| {
                let fresh = Box::into_raw(Box::new(init()));
                self.ptr.store(fresh, Ordering::Release);
                // SAFETY: just published, lives as long as the cell
                unsafe { &*fresh }
            })
        })
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        let p = self.ptr.swap(ptr::null_mut(), Ordering::Acquire);
        // SAFETY: we own the cell; the box came from Box::into_raw; Drop now sees null
        NonNull::new(p).map(|p| *unsafe { Box::from_raw(p.as_ptr()) })
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if let Some(p) = NonNull::new(p) {
            // SAFETY: allocated by Box::into_raw in get_or_init, freed once here
            drop(unsafe { Box::from_raw(p.as_ptr()) });
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(|p| p.into_inner()).take();
            taken.map(|f| f()).expect("Lazy poisoned: its initialiser panicked earlier")
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
