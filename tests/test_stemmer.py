"""The stemmer is nltk's, loaded without the nltk package's import of all of nltk (scipy.stats,
scikit-learn): seconds off every command's start."""
import subprocess
import sys

from newsloom import text


def test_newsloom_stages_load_without_the_nltk_package_and_nltk_still_imports_whole_later():
    code = ("import sys; import newsloom.text, newsloom.cluster, newsloom.crosscheck, newsloom.brief, newsloom.pipeline\n"
            "assert not [m for m in sys.modules if m == 'nltk' or m.startswith('nltk.')], sorted(sys.modules)\n"
            "assert newsloom.text.stem('hospitalisations') == 'hospitalis'\n"
            "import nltk\n"
            "from rouge_score import rouge_scorer\n"
            "assert nltk.stem.porter.PorterStemmer().stem('dying') == 'die'\n"
            "assert rouge_scorer.RougeScorer(['rouge1'], use_stemmer=True).score('dogs running', 'dog runs')['rouge1'].recall == 1.0\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_the_stems_are_nltks():
    from nltk.stem.porter import PorterStemmer

    nltk_stemmer = PorterStemmer()
    words = ("dying lying skies news generously hospitalisations running ran injuries injured wounded killed "
             "conditional relational rational valency digitizer conformability radically differently vileli "
             "analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness "
             "formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful "
             "goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement "
             "adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize "
             "probate rate cease controll roll generalizations oscillators").split()
    assert [text._stemmer.stem(w) for w in words] == [nltk_stemmer.stem(w) for w in words]
