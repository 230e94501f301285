;;; kata.el --- Eglot setup for the kata language server  -*- lexical-binding: t; -*-

;; Package-Requires: ((emacs "29.1"))
;; Keywords: languages, tools

;;; Commentary:

;; kata hands out coding katas and checks Rust solutions
;; through its language server, `kata lsp'.  Eglot runs one server per
;; buffer, so this file makes Eglot pick `kata lsp' for Rust files of a
;; practice workspace (a directory holding `.kata/') or of a kata crate (a
;; Cargo.toml with `[package.metadata.kata]'), and your usual server
;; (rust-analyzer by default) everywhere else.  It also makes the practice
;; workspace the project root, so one server serves every kata in it.
;;
;;   (add-to-list 'load-path "/path/to/kata/editors/emacs")
;;   (require 'kata)
;;   (kata-eglot-setup)
;;   (add-hook 'rust-ts-mode-hook #'eglot-ensure)   ; or rust-mode-hook
;;
;; Commands: `kata-hint', `kata-run-tests', `kata-prompt', `kata-status'.
;; Diagnostics arrive through Flymake, hovers through ElDoc, code actions
;; with `eglot-code-actions'.  See docs/editors.md.

;;; Code:

(require 'eglot)
(require 'project)

(defgroup kata nil
  "The kata language server in Eglot."
  :group 'tools
  :prefix "kata-")

(defcustom kata-program "kata"
  "The kata binary: a name on `exec-path' or a file name."
  :type 'string)

(defcustom kata-program-args nil
  "Extra arguments after `lsp', e.g. (\"--pack\" \"/my/pack\")."
  :type '(repeat string))

(defcustom kata-other-rust-server '("rust-analyzer")
  "The server command for Rust files outside a practice workspace."
  :type '(repeat string))

(defun kata--kata-crate-p (dir)
  "Non-nil when DIR's Cargo.toml has `[package.metadata.kata]'."
  (let ((manifest (expand-file-name "Cargo.toml" dir)))
    (and (file-readable-p manifest)
         (with-temp-buffer
           (insert-file-contents manifest)
           (re-search-forward "^\\s-*\\[package\\.metadata\\.kata\\]" nil t)))))

(defun kata-root (&optional dir)
  "The root `kata lsp' serves for DIR: its practice workspace, else its kata crate.
Nil when DIR belongs to neither."
  (let ((dir (or dir default-directory)))
    (or (locate-dominating-file
         dir (lambda (d)
               (and (file-directory-p (expand-file-name ".kata" d))
                    (file-exists-p (expand-file-name "Cargo.toml" d)))))
        (locate-dominating-file dir #'kata--kata-crate-p))))

(defun kata-project-find (dir)
  "For `project-find-functions': the practice workspace around DIR."
  (let ((root (kata-root dir)))
    (and root (cons 'transient (expand-file-name root)))))

(defun kata-eglot-contact (&optional _interactive _project)
  "The Eglot contact for a Rust buffer: `kata lsp' in a practice workspace."
  (if (kata-root)
      `(,kata-program "lsp" ,@kata-program-args)
    kata-other-rust-server))

;;;###autoload
(defun kata-eglot-setup ()
  "Use `kata lsp' for Rust files of practice workspaces (see the commentary)."
  (interactive)
  (add-hook 'project-find-functions #'kata-project-find)
  (add-to-list 'eglot-server-programs
               '((rust-ts-mode rust-mode) . kata-eglot-contact)))

(defun kata--uri ()
  "The current file as a URI."
  (if (fboundp 'eglot-path-to-uri)
      (eglot-path-to-uri (buffer-file-name))
    ;; Emacs 29's Eglot only has the internal name.
    (with-no-warnings (eglot--path-to-uri (buffer-file-name)))))

(defun kata--server ()
  "The Eglot server of the current buffer, or a user error."
  (or (eglot-current-server)
      (user-error "No language server here: open a file of a started kata (M-x eglot)")))

(defun kata--command (command)
  "Run the server COMMAND (docs/lsp-extensions.md) on the current kata."
  (jsonrpc-request (kata--server) :workspace/executeCommand
                   (list :command command :arguments (vector (kata--uri)))))

(defun kata-hint ()
  "Show the next hint of the current kata (remembered in its progress)."
  (interactive)
  (kata--command "kata.server.showHint"))

(defun kata-run-tests ()
  "Run the current kata's tests now (they also run on save)."
  (interactive)
  (kata--command "kata.server.runTests"))

(defun kata-prompt ()
  "Open the current kata's prompt (its README)."
  (interactive)
  (kata--command "kata.server.openPrompt"))

(defun kata-status ()
  "Show the tests, hints and targets of the current kata."
  (interactive)
  (let* ((r (jsonrpc-request (kata--server) :kata/status
                             (list :uri (kata--uri))))
         (last (plist-get (plist-get r :tests) :lastRun)))
    (message "kata %s (%s): %s; hints %s/%s"
             (plist-get r :id) (plist-get r :status)
             (or (and last (plist-get last :summary)) "tests not run yet")
             (plist-get (plist-get r :hints) :shown)
             (plist-get (plist-get r :hints) :total))
    r))

(provide 'kata)
;;; kata.el ends here
